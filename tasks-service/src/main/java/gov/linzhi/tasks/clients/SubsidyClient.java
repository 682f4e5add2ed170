package gov.linzhi.tasks.clients;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.platform.json.TolerantReader;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.math.BigDecimal;

/** subsidy-service's public statistics. Use it through {@link SubsidyGateway}. */
@RegisterRestClient(configKey = "subsidy")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface SubsidyClient {

    /** Reads the other service's answers tolerantly: the fields named here, whatever else it adds. */
    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper serviceMapper) {
        return TolerantReader.of(serviceMapper);
    }

    /** The part of {@code GET /api/v1/statistics?year=} that tasks-service reads. */
    record Statistics(int year, long approvedPersonTimes, BigDecimal approvedAmount, Long target, Long planPeriodTarget) {
    }

    @GET
    @Path("/statistics")
    Statistics statistics(@QueryParam("year") int year);
}
