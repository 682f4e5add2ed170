package gov.linzhi.tasks.clients;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.platform.json.TolerantReader;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** gazette-service's public read API. Use it through {@link GazetteGateway}, which adds the fault tolerance. */
@RegisterRestClient(configKey = "gazette")
@RegisterProvider(ClientErrorMapper.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface GazetteClient {

    /** Reads the other service's answers tolerantly: the fields named here, whatever else it adds. */
    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper serviceMapper) {
        return TolerantReader.of(serviceMapper);
    }

    @GET
    @Path("/documents/by-number/{number}")
    GazetteApi.Document document(@PathParam("number") String number);

    @GET
    @Path("/documents/{id}")
    GazetteApi.Document documentById(@PathParam("id") long id);

    @GET
    @Path("/documents/by-number/{number}/provisions/{path}")
    GazetteApi.Provision provision(@PathParam("number") String number, @PathParam("path") String path);

    @GET
    @Path("/responsibilities")
    GazetteApi.Responsibilities responsibilities(@QueryParam("documentNumber") String documentNumber);
}
