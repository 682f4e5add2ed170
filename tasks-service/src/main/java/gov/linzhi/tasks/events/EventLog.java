package gov.linzhi.tasks.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records events in the caller's transaction (they exist exactly when what they tell of does), and a delivery for
 * every active subscription that wants them: the outbox the webhook sender works through.
 */
@ApplicationScoped
public class EventLog {

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public Event publish(String type, String subject, Map<String, ?> details) {
        Event e = new Event();
        e.type = type;
        e.subject = subject;
        e.occurredAt = Instant.now(clock);
        e.payload = "{}";
        e.persist();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", e.id);
        payload.put("type", type);
        payload.put("subject", subject);
        payload.put("occurredAt", e.occurredAt.toString());
        payload.put("details", details);
        try {
            e.payload = json.writeValueAsString(payload);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
        for (WebhookSubscription s : WebhookSubscription.<WebhookSubscription>list("active", true)) {
            if (s.wants(type)) {
                WebhookDelivery d = new WebhookDelivery();
                d.subscription = s;
                d.event = e;
                d.state = WebhookDelivery.State.PENDING;
                d.nextAttemptAt = Instant.now();
                d.persist();
            }
        }
        return e;
    }
}
