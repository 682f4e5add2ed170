package gov.linzhi.tasks.clients;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Optional;

/** Calls to subsidy-service with fault tolerance; when it is down the answer is empty ("unavailable"). */
@ApplicationScoped
public class SubsidyGateway {

    @RestClient
    SubsidyClient client;

    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 100)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
    @Fallback(fallbackMethod = "unavailable")
    public Optional<SubsidyClient.Statistics> statistics(int year) {
        return Optional.of(client.statistics(year));
    }

    Optional<SubsidyClient.Statistics> unavailable(int year) {
        return Optional.empty();
    }
}
