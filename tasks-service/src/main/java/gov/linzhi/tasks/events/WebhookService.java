package gov.linzhi.tasks.events;

import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.platform.audit.AuditAction;
import gov.linzhi.platform.audit.AuditLog;
import gov.linzhi.platform.audit.AuditSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Webhook subscriptions (the supervisor's, audited) and their delivery logs. */
@ApplicationScoped
public class WebhookService {

    public static final String WEBHOOK_NOT_FOUND = "WEBHOOK_NOT_FOUND";
    private static final Set<String> TYPES = Set.of(Event.REPORT_FILED, Event.TASK_FLAGGED, Event.PLAN_IMPORTED);

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public EventApi.WebhookView create(EventApi.CreateWebhook body, String actor) {
        URI url;
        try {
            url = URI.create(body.url().strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("url", "not a URL");
        }
        if (url.getScheme() == null || !Set.of("http", "https").contains(url.getScheme()) || url.getHost() == null) {
            throw DomainException.invalid("url", "an http or https URL with a host");
        }
        List<String> events = body.events() == null || body.events().isEmpty() ? null : body.events().stream().map(String::strip).toList();
        if (events != null && !TYPES.containsAll(events)) {
            throw DomainException.invalid("events", "each one of " + TYPES.stream().sorted().toList());
        }
        WebhookSubscription s = new WebhookSubscription();
        s.url = url.toString();
        s.secret = WebhookSignature.newSecret();
        s.eventTypes = events == null ? null : String.join(",", events);
        s.active = true;
        s.createdBy = actor;
        s.createdAt = Instant.now(clock);
        s.persist();
        audit.append(actor, AuditAction.of("WEBHOOK_CREATED"), AuditSubject.of("webhook", s.id), Map.of("url", s.url, "events", events == null ? List.of() : events));
        return view(s, true);
    }

    @Transactional
    public List<EventApi.WebhookView> list() {
        return WebhookSubscription.<WebhookSubscription>list("order by id").stream().map(s -> view(s, false)).toList();
    }

    @Transactional
    public void deactivate(long id, String actor) {
        WebhookSubscription s = subscription(id);
        s.active = false;
        audit.append(actor, AuditAction.of("WEBHOOK_DEACTIVATED"), AuditSubject.of("webhook", s.id), Map.of("url", s.url));
    }

    /** The newest deliveries of a subscription first. */
    @Transactional
    public List<EventApi.DeliveryView> deliveries(long id) {
        WebhookSubscription s = subscription(id);
        return WebhookDelivery.<WebhookDelivery>find("subscription = ?1 order by id desc", s).page(0, 200).list().stream()
                .map(EventApi.DeliveryView::of).toList();
    }

    private static WebhookSubscription subscription(long id) {
        return WebhookSubscription.<WebhookSubscription>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound(WEBHOOK_NOT_FOUND, "no webhook " + id));
    }

    private static EventApi.WebhookView view(WebhookSubscription s, boolean withSecret) {
        return new EventApi.WebhookView(s.id, s.url, s.types(), s.active, s.createdBy, s.createdAt, withSecret ? s.secret : null);
    }
}
