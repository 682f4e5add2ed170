package gov.linzhi.gazette.rest;

import gov.linzhi.gazette.feed.AtomFeed;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Atom feed of documents, for systems that subscribe. */
@Path("/api/v1/feed.atom")
@PermitAll
@Tag(name = "Feed", description = "Atom feed of the gazette's documents")
public class FeedResource {

    static final String ATOM = "application/atom+xml";

    private final AtomFeed feed;

    public FeedResource(AtomFeed feed) {
        this.feed = feed;
    }

    @GET
    @Produces(ATOM + ";charset=UTF-8")
    @Operation(summary = "Atom 1.0 feed of the current documents, newest issue first")
    @APIResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = ATOM, schema = @Schema(type = SchemaType.STRING)))
    public String getDocumentFeed(@Context UriInfo uri) {
        return feed.render(uri.getBaseUri());
    }
}
