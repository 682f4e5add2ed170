package gov.linzhi.gazette.documents;

import gov.linzhi.gazette.rest.Api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 任务分工矩阵: departments across, provisions down, each cell the department's role in the provision's clause —
 * 牵头 (lead) or 配合 (co-operating). Departments come in the order the clauses first name them, which is the order
 * the decomposition itself gives them; the most-used view of a task decomposition.
 */
public record ResponsibilityMatrix(long documentId, String documentTitle, List<String> departments, List<Row> rows) {

    /** A department's part in one provision. */
    public enum Role {
        /** 牵头单位 */
        LEAD,
        /** 配合单位 */
        CO
    }

    /** One provision with a responsibility clause. */
    public record Row(long documentId, String path, String heading, Map<String, Role> roles) {
    }

    /** The matrix of clauses given in document then provision order. */
    public static ResponsibilityMatrix of(long documentId, String documentTitle, List<Api.Clause> clauses) {
        Set<String> departments = new LinkedHashSet<>();
        List<Row> rows = new ArrayList<>();
        for (Api.Clause c : clauses) {
            Map<String, Role> roles = new LinkedHashMap<>();
            for (Api.Department d : c.departments()) {
                departments.add(d.name());
                roles.merge(d.name(), d.lead() ? Role.LEAD : Role.CO, (a, b) -> a == Role.LEAD || b == Role.LEAD ? Role.LEAD : Role.CO);
            }
            rows.add(new Row(c.documentId(), c.provisionPath(), c.provisionHeading(), Map.copyOf(roles)));
        }
        return new ResponsibilityMatrix(documentId, documentTitle, List.copyOf(departments), List.copyOf(rows));
    }

    public Api.ResponsibilityMatrix view() {
        return new Api.ResponsibilityMatrix(documentId, documentTitle, departments, rows.stream().map(r -> {
            Map<String, String> roles = new LinkedHashMap<>();
            departments.forEach(d -> {
                if (r.roles().containsKey(d)) {
                    roles.put(d, r.roles().get(d).name());
                }
            });
            return new Api.MatrixRow(r.documentId(), r.path(), r.heading(), roles);
        }).toList());
    }
}
