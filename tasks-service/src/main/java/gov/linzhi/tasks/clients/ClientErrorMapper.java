package gov.linzhi.tasks.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.platform.problem.ApiException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * A 400 or 404 from another service is an answer about the request, not a failure of the service: it becomes the
 * same problem carrying the other service's code (INVALID_DOCUMENT_NUMBER, DOCUMENT_NOT_FOUND), and the fault
 * tolerance neither retries nor counts it (a few malformed numbers opened the circuit breaker and made every
 * import, valid ones too, answer 503 for 10 s). Every other error status counts as the service failing.
 */
public class ClientErrorMapper implements ResponseExceptionMapper<RuntimeException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status == 404 || status == 400;
    }

    @Override
    public RuntimeException toThrowable(Response response) {
        boolean notFound = response.getStatus() == 404;
        String code = notFound ? "NOT_FOUND" : "BAD_REQUEST";
        String detail = notFound ? "not found in the other service" : "the other service refused the request";
        try {
            JsonNode body = JSON.readTree(response.readEntity(String.class));
            code = body.path("code").asText(code);
            detail = body.path("detail").asText(detail);
        } catch (Exception e) {
            // not a problem+json body: keep the generic code
        }
        return notFound ? ApiException.notFound(code, detail) : ApiException.badRequest(code, detail);
    }
}
