package gov.linzhi.tasks.plans;

import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.platform.problem.Problem;
import gov.linzhi.tasks.departments.Department;
import gov.linzhi.tasks.departments.DepartmentRegistry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a whole list of task rows against a plan and the department registry, and turns them into
 * drafts. All or nothing: any problem in any row rejects the list with 422 IMPORT_REJECTED, each
 * violation naming its row (e.g. {@code line 3: lead}).
 */
public final class TaskRowChecker {

    public static final String IMPORT_REJECTED = "IMPORT_REJECTED";

    private final Plan plan;
    private final DepartmentRegistry registry;
    private final Map<String, Department> index;
    private final List<Problem.Violation> violations = new ArrayList<>();

    public TaskRowChecker(Plan plan, DepartmentRegistry registry) {
        this.plan = plan;
        this.registry = registry;
        this.index = registry.index();
    }

    /** The rows with the label of each (e.g. {@code line 2}), in order. */
    public List<TaskDraft> check(LinkedHashMap<String, TaskRow> labelled) {
        if (labelled.isEmpty()) {
            throw DomainException.invalid("tasks", "no task rows");
        }
        List<TaskDraft> drafts = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        labelled.forEach((label, row) -> {
            TaskDraft d = draft(label, row);
            if (row.code() != null && !row.code().isBlank() && !codes.add(row.code().strip())) {
                violation(label, "code", "duplicate code " + row.code().strip());
            }
            if (d != null) {
                drafts.add(d);
            }
        });
        if (!violations.isEmpty()) {
            String detail = violations.size() + " problem(s); nothing was imported. First: "
                    + violations.get(0).field() + " " + violations.get(0).message();
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, IMPORT_REJECTED, "Import rejected", detail,
                    violations.stream().map(v -> new DomainException.FieldError(v.field(), v.message())).toList());
        }
        return drafts;
    }

    private TaskDraft draft(String label, TaskRow row) {
        int before = violations.size();
        String code = required(label, "code", row.code(), 40);
        String text = required(label, "text", row.text(), 2000);
        PlanArea area = area(label, row.area());
        Department lead = null;
        if (required(label, "lead", row.lead(), 200) != null) {
            DepartmentRegistry.Resolution r = registry.resolve(row.lead(), index);
            if (!r.known()) {
                violation(label, "lead", "unknown department " + row.lead().strip());
            } else if (r.collective()) {
                violation(label, "lead", "the lead must be one department, not " + row.lead().strip());
            } else {
                lead = r.departments().get(0);
            }
        }
        Map<Long, Department> co = new LinkedHashMap<>();
        for (String name : row.coDepartments() == null ? List.<String>of() : row.coDepartments()) {
            if (name == null || name.isBlank()) {
                continue;
            }
            DepartmentRegistry.Resolution r = registry.resolve(name, index);
            if (!r.known()) {
                violation(label, "coDepartments", "unknown department " + name.strip());
            }
            r.departments().forEach(d -> co.put(d.id, d));
        }
        if (lead != null) {
            co.remove(lead.id);
        }
        Task.LeadBasis basis = Task.LeadBasis.SOURCE_TEXT;
        if (row.leadBasis() != null && !row.leadBasis().isBlank()) {
            try {
                basis = Task.LeadBasis.valueOf(row.leadBasis().strip());
            } catch (IllegalArgumentException e) {
                violation(label, "leadBasis", "must be SOURCE_TEXT or OFFICE_ASSIGNED");
            }
        }
        LocalDate due = LocalDate.of(plan.endYear, 12, 31);
        if (row.dueOn() != null && !row.dueOn().isBlank()) {
            try {
                due = LocalDate.parse(row.dueOn().strip());
            } catch (DateTimeParseException e) {
                violation(label, "dueOn", "not an ISO date (YYYY-MM-DD): " + row.dueOn().strip());
            }
        }
        List<Indicator> indicators = indicators(label, row.indicators());
        if (violations.size() > before) {
            return null;
        }
        String post = row.leaderPost() == null || row.leaderPost().isBlank() ? lead.leaderPost : row.leaderPost().strip();
        return TaskDraftBuilder.builder()
                .code(code)
                .areaSeq(area.seq)
                .areaName(area.name)
                .text(text)
                .sourceDocumentNumber(blankToDefault(row.sourceDocumentNumber(), plan.sourceDocumentNumber))
                .sourceReference(blankToDefault(row.sourceReference(), null))
                .sourceText(blankToDefault(row.sourceText(), null))
                .lead(lead)
                .leadBasis(basis)
                .coDepartments(List.copyOf(co.values()))
                .leaderPost(post)
                .dueOn(due)
                .indicators(indicators)
                .build();
    }

    private PlanArea area(String label, String written) {
        if (required(label, "area", written, 200) == null) {
            return null;
        }
        String w = written.strip();
        for (PlanArea a : plan.areas) {
            if (w.equals(String.valueOf(a.seq)) || w.equals(a.name)) {
                return a;
            }
        }
        violation(label, "area", "no area " + w + " in plan " + plan.code + " (1–" + plan.areas.size() + ")");
        return null;
    }

    private List<Indicator> indicators(String label, List<TaskRow.IndicatorRow> rows) {
        List<Indicator> out = new ArrayList<>();
        if (rows == null) {
            return out;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (TaskRow.IndicatorRow r : rows) {
            String name = required(label, "indicator.name", r.name(), 200);
            String unit = required(label, "indicator.unit", r.unit(), 40);
            if (r.target() == null) {
                violation(label, "indicator.target", "required");
            }
            Indicator.Direction dir = Indicator.Direction.HIGHER_IS_BETTER;
            if (r.direction() != null && !r.direction().isBlank()) {
                try {
                    dir = Indicator.Direction.valueOf(r.direction().strip());
                } catch (IllegalArgumentException e) {
                    violation(label, "indicator.direction", "must be HIGHER_IS_BETTER or LOWER_IS_BETTER");
                }
            }
            if (name != null && seen.merge(name, 1, Integer::sum) > 1) {
                violation(label, "indicator.name", "duplicate indicator " + name);
            }
            if (name != null && unit != null && r.target() != null) {
                out.add(Indicator.of(name, unit, r.baseline(), r.target(), dir));
            }
        }
        return out;
    }

    private String required(String label, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            violation(label, field, "required");
            return null;
        }
        if (value.strip().length() > max) {
            violation(label, field, "longer than " + max + " characters");
            return null;
        }
        return value.strip();
    }

    private void violation(String label, String field, String message) {
        violations.add(new Problem.Violation(label + ": " + field, message));
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

}
