package gov.linzhi.subsidy.audit;

import gov.linzhi.platform.lists.Found;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads of the audit log: a page of its entries, oldest first, by action and subject when given. */
@ApplicationScoped
public class AuditQueries {

    public Found<AuditEntry> find(String action, String subject, int page, int size) {
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (action != null) {
            q.append(" and action = :action");
            params.put("action", action);
        }
        if (subject != null) {
            q.append(" and subject = :subject");
            params.put("subject", subject);
        }
        return new Found<>(AuditEntry.<AuditEntry>find(q + " order by id", params).page(page, size).list(),
                AuditEntry.count(q.toString(), params));
    }
}
