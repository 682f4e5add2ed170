package gov.linzhi.tasks.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.platform.problem.ApiException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * A 404 from another service is an answer, not a failure: it becomes a 404 problem carrying the
 * other service's code (e.g. DOCUMENT_NOT_FOUND), and the fault tolerance neither retries nor counts it.
 * Every other error status is left to the default mapping and counts as the service failing.
 */
public class NotFoundMapper implements ResponseExceptionMapper<RuntimeException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status == 404;
    }

    @Override
    public RuntimeException toThrowable(Response response) {
        String code = "NOT_FOUND";
        String detail = "not found in the other service";
        try {
            JsonNode body = JSON.readTree(response.readEntity(String.class));
            code = body.path("code").asText(code);
            detail = body.path("detail").asText(detail);
        } catch (Exception e) {
            // not a problem+json body: keep the generic code
        }
        return ApiException.notFound(code, detail);
    }
}
