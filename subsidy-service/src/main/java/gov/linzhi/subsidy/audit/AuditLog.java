package gov.linzhi.subsidy.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Map;

/** Appends to the audit log inside the caller's transaction. There is no update or delete path. */
@ApplicationScoped
public class AuditLog {

    @Inject
    ObjectMapper mapper;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String actor, String action, String subject, Map<String, ?> details) {
        AuditEntry entry = new AuditEntry();
        entry.actor = actor;
        entry.action = action;
        entry.subject = subject;
        try {
            entry.details = mapper.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        entry.persist();
    }
}
