package gov.linzhi.subsidy.audit;

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
 * Appends to the audit log inside the caller's transaction, in one statement on its connection (every claim writes an
 * entry; {@link AuditEntry} is the read side). There is no update or delete path, and the database refuses both.
 */
@ApplicationScoped
public class AuditLog {

    private static final String INSERT = "INSERT INTO audit_log (actor, action, subject, details) VALUES (?, ?, ?, ?)";

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String actor, String action, String subject, Map<String, ?> details) {
        String json;
        try {
            json = mapper.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement p = connection.prepareStatement(INSERT)) {
                p.setString(1, actor);
                p.setString(2, action);
                p.setString(3, subject);
                p.setString(4, json);
                p.executeUpdate();
            }
        });
    }
}
