package gov.linzhi.tasks.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Map;

/** Appends to the audit_log table (who, what, when) in the caller's transaction. */
@ApplicationScoped
public class AuditLog {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    public void record(String actor, String action, String subject, Map<String, ?> details) {
        if (!QuarkusTransaction.isActive()) {
            throw new IllegalStateException("audit records are written inside the change's transaction");
        }
        String detailsJson;
        try {
            detailsJson = json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery("INSERT INTO audit_log (actor, action, subject, details) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, actor == null ? "system" : actor)
                .setParameter(2, action)
                .setParameter(3, subject)
                .setParameter(4, detailsJson)
                .executeUpdate();
    }
}
