package gov.linzhi.tasks.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The JSON bodies of events and webhooks. */
public final class EventApi {

    private EventApi() {
    }

    @Schema(name = "Event")
    public record EventView(Long id, @Schema(examples = "report.filed") String type, @Schema(examples = "task:12") String subject,
                            Instant occurredAt, @Schema(type = SchemaType.OBJECT, implementation = Object.class, description = "what a webhook receives as its body") JsonNode payload) {
    }

    @Schema(name = "Events")
    public record EventList(List<EventView> items, @Schema(nullable = true, description = "pass as since= to get what came after") Long last) {
    }

    @Schema(name = "CreateWebhook")
    public record CreateWebhook(
            @Schema(examples = "https://hr.linzhi.gov.cn/hooks/tasks", description = "http or https") @NotBlank @Size(max = 2000) String url,
            @Schema(examples = "[\"report.filed\", \"task.flagged\"]", description = "the event types wanted; default all")
            @Size(max = 3) List<@NotBlank String> events) {
    }

    @Schema(name = "Webhook")
    public record WebhookView(Long id, String url, List<String> events, boolean active, String createdBy, Instant createdAt,
                              @Schema(nullable = true, description = "the signing secret: given once, when the webhook is made") String secret) {
    }

    @Schema(name = "WebhookDelivery")
    public record DeliveryView(Long id, Long eventId, @Schema(examples = "report.filed") String eventType,
                               WebhookDelivery.State state, int attempts, Integer lastStatus, String lastError,
                               Instant nextAttemptAt, Instant deliveredAt) {
        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.id, d.event.id, d.event.type, d.state, d.attempts, d.lastStatus, d.lastError,
                    d.nextAttemptAt, d.deliveredAt);
        }
    }
}
