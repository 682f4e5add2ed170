package gov.linzhi.subsidy.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the audit log records of a catalogue entry and of a status change. */
final class CatalogueAuditDetails {

    private CatalogueAuditDetails() {
    }

    static Map<String, Object> of(TrainingInstitution i) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("creditCode", i.creditCode);
        d.put("name", i.name);
        d.put("kind", i.kind == null ? null : i.kind.name());
        d.put("ownership", i.ownership == null ? null : i.ownership.name());
        d.put("county", i.county);
        d.put("status", i.status().name());
        d.put("approvals", i.approvals.stream().map(a -> a.occupation + "/" + a.levelKey).toList());
        return d;
    }

    static Map<String, Object> of(TrainingProject p) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", p.name);
        d.put("programme", p.programme.name());
        d.put("occupation", p.occupation);
        d.put("level", p.levelKey);
        d.put("institutionId", p.institution.id);
        d.put("startsOn", p.startsOn.toString());
        d.put("endsOn", p.endsOn.toString());
        d.put("capacity", p.capacity);
        d.put("county", p.county);
        d.put("projectBased", p.projectBased);
        d.put("includesMandatedContent", p.mandatedContent);
        return d;
    }

    static Map<String, Object> change(TrainingInstitution i, String from, StatusChange c) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("creditCode", i.creditCode);
        d.put("from", from);
        d.put("to", c.to().name());
        d.put("on", c.on().toString());
        d.put("claimId", c.claimId());
        d.put("category", c.category());
        d.put("reason", c.reason());
        return d;
    }

    static Map<String, Object> beforeAfter(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("before", before);
        d.put("after", after);
        return d;
    }
}
