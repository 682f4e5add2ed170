package gov.linzhi.tasks.reports;

import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.platform.audit.AuditAction;
import gov.linzhi.platform.audit.AuditLog;
import gov.linzhi.platform.audit.AuditSubject;
import gov.linzhi.tasks.departments.Department;
import gov.linzhi.tasks.departments.DepartmentRegistry;
import gov.linzhi.tasks.plans.Indicator;
import gov.linzhi.tasks.plans.PlanService;
import gov.linzhi.tasks.plans.Task;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Filing and reading progress reports. Only the lead department files the official report, a
 * co-department files contributions, any other department is refused (403). Reports are never
 * changed: filing again for the same period and year writes the next version.
 */
@ApplicationScoped
public class ReportService {

    public static final String NOT_ASSIGNED = "DEPARTMENT_NOT_ASSIGNED";
    public static final String UNKNOWN_CALLER_DEPARTMENT = "UNKNOWN_CALLER_DEPARTMENT";
    public static final String YEAR_OUTSIDE_PLAN = "YEAR_OUTSIDE_PLAN";
    public static final String UNKNOWN_INDICATOR = "UNKNOWN_INDICATOR";
    public static final String VERSION_CONFLICT = "REPORT_VERSION_CONFLICT";
    public static final String PERIOD_NOT_IN_CALENDAR = "PERIOD_NOT_IN_CALENDAR";
    public static final String IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
    public static final String IDEMPOTENCY_KEY_IN_FLIGHT = "IDEMPOTENCY_KEY_IN_FLIGHT";

    @Inject
    PlanService plans;

    @Inject
    DepartmentRegistry registry;

    @Inject
    Clock clock;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @Inject
    AuditLog audit;

    @Inject
    gov.linzhi.tasks.events.EventLog events;


    /** The department a {@code department} token speaks for, or 403 when the registry does not know it. */
    public Department callerDepartment(String claim) {
        if (claim == null || claim.isBlank()) {
            throw DomainException.forbidden(UNKNOWN_CALLER_DEPARTMENT, "the token names no department");
        }
        return registry.find(claim).orElseThrow(() -> DomainException.forbidden(UNKNOWN_CALLER_DEPARTMENT,
                "the token's department " + claim + " is not in the department registry"));
    }

    /** A filed report, and whether it is the replay of an earlier filing with the same Idempotency-Key. */
    public record Filing(ProgressReport report, boolean replayed) {
    }

    /**
     * Files a report; with an Idempotency-Key, the same key and the same filing (task, department, body) return the
     * report filed the first time, and the key with another filing is refused (409 IDEMPOTENCY_KEY_REUSED).
     */
    @Transactional
    public Filing file(long taskId, ReportApi.FileReport body, String departmentClaim, String user, String idempotencyKey) {
        // Filings on one task are taken one after another: the task's row lock is the transaction's first statement,
        // so the versions counted after it include every filing committed before (InnoDB takes a transaction's read
        // view at its first plain read). Without it, two filings of one series at once both counted the same versions
        // and the second insert broke the unique version (a 500, found by bench/run.sh).
        Task.findById(taskId, LockModeType.PESSIMISTIC_WRITE);
        if (idempotencyKey == null) {
            return new Filing(file(taskId, body, departmentClaim, user, null, null), false);
        }
        String keyHash = sha256(idempotencyKey);
        String requestHash = sha256(taskId + "\n" + departmentClaim + "\n" + json(body));
        ProgressReport earlier = ProgressReport.find("idempotencyKeyHash", keyHash).firstResult();
        if (earlier != null) {
            return replay(earlier, requestHash);
        }
        return new Filing(file(taskId, body, departmentClaim, user, keyHash, requestHash), false);
    }

    private static boolean violates(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException cv && cv.getConstraintName() != null
                    && cv.getConstraintName().toLowerCase(java.util.Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    private static Filing replay(ProgressReport earlier, String requestHash) {
        if (!earlier.requestHash.equals(requestHash)) {
            throw DomainException.conflict(IDEMPOTENCY_KEY_REUSED, "this Idempotency-Key was used for another filing (report "
                    + earlier.id + "); use a new key for a new filing");
        }
        // read here, in the transaction: the view shows them after it ends
        org.hibernate.Hibernate.initialize(earlier.indicatorValues);
        return new Filing(earlier, true);
    }

    private String json(ReportApi.FileReport body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ProgressReport file(long taskId, ReportApi.FileReport body, String departmentClaim, String user,
                                String keyHash, String requestHash) {
        Task task = plans.task(taskId);
        Department dept = callerDepartment(departmentClaim);
        ProgressReport.Kind kind;
        if (task.lead.id.equals(dept.id)) {
            kind = ProgressReport.Kind.OFFICIAL;
        } else if (task.isCoDepartment(dept)) {
            kind = ProgressReport.Kind.CONTRIBUTION;
        } else {
            throw DomainException.forbidden(NOT_ASSIGNED, dept.name + " is neither the lead nor a co-department of task "
                    + task.code + " (lead: " + task.lead.name + ")");
        }
        if (kind == ProgressReport.Kind.OFFICIAL && body.percentComplete() == null) {
            throw DomainException.invalid("percentComplete", "required on the lead department's official report");
        }
        if (body.year() < task.plan.startYear || body.year() > task.plan.endYear) {
            throw DomainException.unprocessable(YEAR_OUTSIDE_PLAN, "plan " + task.plan.code + " runs from "
                    + task.plan.startYear + " to " + task.plan.endYear + ", not " + body.year());
        }
        LocalDate today = LocalDate.now(clock);
        ReportingCalendar calendar = task.plan.reportingCalendar();
        if (calendar.entry(body.period()).isEmpty()) {
            throw DomainException.unprocessable(PERIOD_NOT_IN_CALENDAR, "plan " + task.plan.code + " is reported on "
                    + calendar.entries().stream().map(e -> e.period() + " (" + e.label() + ")").toList() + ", not " + body.period());
        }
        long previous = ProgressReport.count("task = ?1 and department = ?2 and kind = ?3 and period = ?4 and year = ?5",
                task, dept, kind, body.period(), body.year());
        ProgressReport r = new ProgressReport();
        r.task = task;
        r.department = dept;
        r.kind = kind;
        r.period = body.period();
        r.year = body.year();
        r.version = (int) previous + 1;
        r.percentComplete = body.percentComplete();
        r.narrative = body.narrative().strip();
        r.problems = blankToNull(body.problems());
        r.nextSteps = blankToNull(body.nextSteps());
        r.filedBy = user;
        r.idempotencyKeyHash = keyHash;
        r.requestHash = requestHash;
        r.filedOn = today;
        r.filedAt = Instant.now(clock);
        r.dueOn = calendar.dueOn(body.period(), body.year());
        r.late = calendar.isLate(body.period(), body.year(), today);
        Set<Long> seen = new HashSet<>();
        for (ReportApi.IndicatorValue v : body.indicatorValues() == null ? List.<ReportApi.IndicatorValue>of() : body.indicatorValues()) {
            Indicator indicator = task.indicators.stream().filter(i -> i.id.equals(v.indicatorId())).findFirst()
                    .orElseThrow(() -> DomainException.unprocessable(UNKNOWN_INDICATOR,
                            "task " + task.code + " has no indicator " + v.indicatorId()));
            if (!seen.add(indicator.id)) {
                throw DomainException.invalid("indicatorValues", "indicator " + indicator.id + " given twice");
            }
            ReportIndicatorValue value = new ReportIndicatorValue();
            value.report = r;
            value.indicator = indicator;
            value.value = v.value();
            r.indicatorValues.add(value);
        }
        try {
            r.persist();
            ProgressReport.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (keyHash != null && violates(e, "uq_report_idempotency_key")) {
                // the same key filed at the same moment by another request, which got there first
                throw DomainException.conflict(IDEMPOTENCY_KEY_IN_FLIGHT, "a filing with this Idempotency-Key was recorded "
                        + "at the same moment; send it again to get its report");
            }
            // Two filings of the same series at once: the unique version constraint lets one through.
            throw DomainException.conflict(VERSION_CONFLICT, "another report of " + dept.name + " for " + task.code + " "
                    + body.period() + " " + body.year() + " was filed at the same moment; file again to add a new version");
        }
        audit.append(user, AuditAction.of("REPORT_FILED"), AuditSubject.of("task", task.id), Map.of("department", dept.name, "kind", kind.name(),
                "period", r.period.name(), "year", r.year, "version", r.version, "late", r.late));
        Map<String, Object> filed = new java.util.LinkedHashMap<>();
        filed.put("taskId", task.id);
        filed.put("taskCode", task.code);
        filed.put("planId", task.plan.id);
        filed.put("reportId", r.id);
        filed.put("department", dept.name);
        filed.put("kind", kind.name());
        filed.put("period", r.period.name());
        filed.put("year", r.year);
        filed.put("version", r.version);
        filed.put("late", r.late);
        filed.put("filedOn", r.filedOn.toString());
        events.publish(gov.linzhi.tasks.events.Event.REPORT_FILED, "task:" + task.id, filed);
        return r;
    }

    /** Every report on a task, every version, oldest first. */
    public List<ProgressReport> history(long taskId) {
        return ProgressReport.ofTask(plans.task(taskId));
    }

    /** Every report on a task, every version, oldest first, each marked current or superseded. */
    public List<ReportApi.ReportView> historyViews(long taskId) {
        List<ProgressReport> all = history(taskId);
        return all.stream().map(r -> ReportApi.ReportView.of(r, isCurrent(r, all))).toList();
    }

    /** Every report a department filed, whoever filed it: the history stays with the department. */
    public List<ProgressReport> ofDepartment(Department d) {
        return ProgressReport.list("department = ?1 order by filedAt, id", d);
    }

    /** Every report a department filed, oldest first; 404 DEPARTMENT_NOT_FOUND for an unknown id. */
    public List<ProgressReport> ofDepartment(long departmentId) {
        Department d = Department.<Department>findByIdOptional(departmentId)
                .orElseThrow(() -> DomainException.notFound("DEPARTMENT_NOT_FOUND", "no department " + departmentId));
        return ofDepartment(d);
    }

    /** Whether a report is the latest version of its series. */
    public static boolean isCurrent(ProgressReport r, List<ProgressReport> all) {
        return all.stream().noneMatch(o -> o.task.id.equals(r.task.id) && o.department.id.equals(r.department.id)
                && o.kind == r.kind && o.period == r.period && o.year == r.year && o.version > r.version);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
