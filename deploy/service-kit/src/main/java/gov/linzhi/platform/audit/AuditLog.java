package gov.linzhi.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.util.Map;

/**
 * The audit log of every service: who did what to which subject, when, with the details of the change. An entry is
 * written only inside the change's own transaction (so it exists exactly when the change does) and in one statement
 * on its connection, without flushing the session (every claim writes one). There is no update or delete path, and
 * each service's schema refuses both ({@code audit_log} with its two triggers, checked by {@code AuditLogContract}).
 */
@ApplicationScoped
public class AuditLog {

    private static final String INSERT = "INSERT INTO audit_log (actor, action, subject, details) VALUES (?, ?, ?, ?)";

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String actor, AuditAction action, AuditSubject subject, Map<String, ?> details) {
        String detailsJson;
        try {
            detailsJson = json.writeValueAsString(details == null ? Map.of() : details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit details must be plain values", e);
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, ActorNames.fit(actor));
                insert.setString(2, action.name());
                insert.setString(3, subject.toString());
                insert.setString(4, detailsJson);
                insert.executeUpdate();
            }
        });
    }
}
