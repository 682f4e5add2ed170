package gov.linzhi.tasks.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.platform.feed.AtomWriter;
import gov.linzhi.tasks.rest.Params;
import gov.linzhi.tasks.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/** Events for other systems to follow: as JSON from a position, or as an Atom feed. */
@Path("/api/v1/events")
@Tag(name = "Events", description = "reports filed, tasks flagged, plans imported: a feed and webhooks for other systems")
@RolesAllowed({Roles.SUPERVISOR, Roles.DEPARTMENT, Roles.GAZETTE_EDITOR, Roles.HR_BUREAU, Roles.AUDITOR})
/* Every operation here answers 401 without a valid token and 403 for a role it does not allow. */
@APIResponse(responseCode = "401", description = "no valid token (UNAUTHORIZED)")
@APIResponse(responseCode = "403", description = "role not allowed (FORBIDDEN)")
public class EventResource {

    private static final int PAGE = 100;

    @Inject
    ObjectMapper json;

    @Inject
    EventQueries events;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Events after a position, oldest first (at most 100): follow with since = the last id seen")
    @APIResponse(responseCode = "200", description = "the events", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EventApi.EventList.class)))
    @APIResponse(responseCode = "400", description = "since is not a number (VALIDATION_FAILED)")
    public EventApi.EventList listEvents(@Parameter(description = "the last event id seen; default 0") @QueryParam("since") String since) {
        Long after = Params.number("since", since);
        List<EventApi.EventView> items = events.after(after == null ? 0L : after, PAGE).stream().map(this::view).toList();
        return new EventApi.EventList(items, items.isEmpty() ? after : items.get(items.size() - 1).id());
    }

    @GET
    @Path("/feed.atom")
    @Produces(AtomWriter.MEDIA_TYPE)
    @Transactional
    @Operation(summary = "The latest 100 events as an Atom feed, newest first")
    @APIResponse(responseCode = "200", description = "the feed", content = @Content(mediaType = AtomWriter.MEDIA_TYPE,
            schema = @Schema(implementation = String.class)))
    public String getEventFeed(@Context UriInfo uri) {
        String root = uri.getBaseUri().toString().replaceAll("/$", "");
        List<Event> latest = events.latest(PAGE);
        List<AtomWriter.Entry> entries = latest.stream().map(e -> new AtomWriter.Entry("tag:linzhi.gov.cn,2020:tasks/event/" + e.id,
                title(e), e.occurredAt, null, root + "/api/v1/events?since=" + (e.id - 1), MediaType.APPLICATION_JSON, e.type, e.payload)).toList();
        return AtomWriter.write(new AtomWriter.Feed("tag:linzhi.gov.cn,2020:tasks/events", "林芝市人民政府督查室 · 督查动态",
                "Reports filed, tasks flagged and plans imported", latest.isEmpty() ? Instant.EPOCH : latest.get(0).occurredAt,
                "林芝市人民政府督查室", root + "/api/v1/events/feed.atom", root + "/api/v1/events", entries));
    }

    private static String title(Event e) {
        return switch (e.type) {
            case Event.REPORT_FILED -> "报送进展报告：" + e.subject;
            case Event.TASK_FLAGGED -> "列入重点抽查督办：" + e.subject;
            case Event.PLAN_IMPORTED -> "导入任务分解方案：" + e.subject;
            default -> e.type + "：" + e.subject;
        };
    }

    private EventApi.EventView view(Event e) {
        try {
            return new EventApi.EventView(e.id, e.type, e.subject, e.occurredAt, json.readTree(e.payload));
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
