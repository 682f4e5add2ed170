package gov.linzhi.tasks.clients;

import gov.linzhi.platform.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Every call to gazette-service, with its fault tolerance in one place: a short timeout, one retry,
 * a circuit breaker, and a fallback that answers 503 GAZETTE_UNAVAILABLE instead of hanging.
 * A 404 (an {@link ApiException}) is passed through untouched.
 */
@ApplicationScoped
public class GazetteGateway {

    public static final String GAZETTE_UNAVAILABLE = "GAZETTE_UNAVAILABLE";

    @RestClient
    GazetteClient client;

    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100, abortOn = ApiException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = ApiException.class)
    @Fallback(fallbackMethod = "documentUnavailable", skipOn = ApiException.class)
    public GazetteApi.Document document(String number) {
        return client.document(number);
    }

    /** A document by its id, as the {@code publishes} of a notice name it. */
    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100, abortOn = ApiException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = ApiException.class)
    @Fallback(fallbackMethod = "documentByIdUnavailable", skipOn = ApiException.class)
    public GazetteApi.Document documentById(long id) {
        return client.documentById(id);
    }

    GazetteApi.Document documentByIdUnavailable(long id) {
        throw unavailable("document " + id);
    }

    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100, abortOn = ApiException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = ApiException.class)
    @Fallback(fallbackMethod = "provisionUnavailable", skipOn = ApiException.class)
    public GazetteApi.Provision provision(String number, String path) {
        return client.provision(number, path);
    }

    @Timeout(3000)
    @Retry(maxRetries = 1, delay = 100, abortOn = ApiException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = ApiException.class)
    @Fallback(fallbackMethod = "responsibilitiesUnavailable", skipOn = ApiException.class)
    public GazetteApi.Responsibilities responsibilities(String documentNumber) {
        return client.responsibilities(documentNumber);
    }

    GazetteApi.Document documentUnavailable(String number) {
        throw unavailable("document " + number);
    }

    GazetteApi.Provision provisionUnavailable(String number, String path) {
        throw unavailable("provision " + path + " of " + number);
    }

    GazetteApi.Responsibilities responsibilitiesUnavailable(String documentNumber) {
        throw unavailable("responsibility clauses of " + documentNumber);
    }

    private static ApiException unavailable(String what) {
        return ApiException.unavailable(GAZETTE_UNAVAILABLE,
                "gazette-service did not answer for " + what + "; try again later (tasks keep their cached provision text)");
    }
}
