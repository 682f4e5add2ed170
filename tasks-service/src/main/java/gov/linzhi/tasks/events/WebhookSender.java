package gov.linzhi.tasks.events;

import gov.linzhi.tasks.config.TasksConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Works through the deliveries that are due: POSTs each event to its subscription, signed, and records what came
 * back. A 2xx delivers it; anything else (another status, a timeout, a refused connection) is tried again after
 * the {@link Backoff}, until the attempts run out. At least once: a receiver may see an event twice and should key
 * on {@code X-Linzhi-Delivery}.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    private static final int BATCH = 50;

    @Inject
    TasksConfig config;

    /** Deliveries run on real time, whatever day the service's business clock says it is. */
    private final Clock clock = Clock.systemUTC();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Scheduled(every = "${tasks.webhooks.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sendDue() {
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.<WebhookDelivery>find(
                        "state = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt, id", WebhookDelivery.State.PENDING, Instant.now(clock))
                .page(0, BATCH).list().stream().map(d -> d.id).toList());
        due.forEach(this::attempt);
    }

    private void attempt(long deliveryId) {
        record Work(String url, String secret, String body, String type, long deliveryId) {
        }
        Work w = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery d = WebhookDelivery.findById(deliveryId);
            return new Work(d.subscription.url, d.subscription.secret, d.event.payload, d.event.type, d.id);
        });
        byte[] body = w.body().getBytes(StandardCharsets.UTF_8);
        Integer status = null;
        String error = null;
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(w.url()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header(WebhookSignature.HEADER, WebhookSignature.of(w.secret(), body))
                    .header("X-Linzhi-Event", w.type())
                    .header("X-Linzhi-Delivery", String.valueOf(w.deliveryId()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
        } catch (java.io.IOException e) {
            error = e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Integer answered = status;
        String failure = error != null ? error : answered / 100 == 2 ? null : "HTTP " + answered;
        QuarkusTransaction.requiringNew().run(() -> record(deliveryId, answered, failure));
    }

    private void record(long deliveryId, Integer status, String failure) {
        WebhookDelivery d = WebhookDelivery.findById(deliveryId);
        d.attempts++;
        d.lastStatus = status;
        d.lastError = failure;
        Instant now = Instant.now(clock);
        Backoff backoff = new Backoff(config.webhooks().retryBase(), config.webhooks().maxAttempts());
        if (failure == null) {
            d.state = WebhookDelivery.State.DELIVERED;
            d.deliveredAt = now;
            d.nextAttemptAt = null;
        } else if (backoff.exhausted(d.attempts)) {
            d.state = WebhookDelivery.State.FAILED;
            d.nextAttemptAt = null;
            LOG.warnf("webhook delivery %d given up after %d attempts: %s", d.id, d.attempts, failure);
        } else {
            d.nextAttemptAt = now.plus(backoff.after(d.attempts, ThreadLocalRandom.current().nextDouble()));
        }
    }
}
