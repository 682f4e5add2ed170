package gov.linzhi.platform.persistence;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** The retry of conflicting transactions, as configured ({@code linzhi.transactions.retry.*}). */
@ApplicationScoped
public class TransactionRetryProducer {

    @Produces
    @DefaultBean
    @ApplicationScoped
    TransactionRetry transactionRetry(
            @ConfigProperty(name = "linzhi.transactions.retry.attempts", defaultValue = "5") int attempts,
            @ConfigProperty(name = "linzhi.transactions.retry.first-backoff", defaultValue = "PT0.005S") Duration firstBackoff) {
        return new TransactionRetry(attempts, firstBackoff);
    }
}
