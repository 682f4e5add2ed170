package gov.linzhi.tasks.plans;

import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.tasks.reports.CalendarTemplates;
import gov.linzhi.tasks.reports.ReportingCalendar;
import gov.linzhi.platform.audit.AuditAction;
import gov.linzhi.platform.audit.AuditLog;
import gov.linzhi.platform.audit.AuditSubject;
import gov.linzhi.tasks.clients.GazetteApi;
import gov.linzhi.tasks.clients.GazetteGateway;
import gov.linzhi.tasks.departments.DepartmentRegistry;
import gov.linzhi.tasks.reports.ProgressReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** The transaction boundary for plans and tasks: creating a plan, writing its tasks, reading them. */
@ApplicationScoped
public class PlanService {

    public static final String PLAN_NOT_FOUND = "PLAN_NOT_FOUND";
    public static final String TASK_NOT_FOUND = "TASK_NOT_FOUND";
    public static final String PLAN_EXISTS = "PLAN_EXISTS";
    public static final String NO_GAZETTE_SOURCE = "NO_GAZETTE_SOURCE";

    /** What a plan is, independent of its tasks. */
    public record PlanSpec(String code, String title, String sourceDocumentNumber, int startYear, int endYear,
                           Plan.Origin origin, Map<Integer, String> areas, java.time.LocalDate issuedOn,
                           List<IndicatorRules.Target> targets, String targetsSource) {
    }

    public static final String INVALID_CALENDAR = "INVALID_CALENDAR";

    /** What writing a list of tasks did. */
    public record Outcome(Plan plan, PlanApi.PlanView view, boolean planCreated, int created, int updated, int unchanged) {
    }

    @Inject
    DepartmentRegistry registry;

    @Inject
    AuditLog audit;

    @Inject
    GazetteGateway gazette;

    @Inject
    CalendarTemplates templates;

    @Inject
    gov.linzhi.tasks.events.EventLog events;

    /** This bean through its proxy, so the transactional write runs in its own transaction. */
    @Inject
    PlanService self;

    public List<Plan> plans() {
        return Plan.list("order by id");
    }

    /** The plan shown when none is chosen: the shipped work-report plan, else the first plan (none when empty). */
    public Optional<Plan> defaultPlan() {
        List<Plan> all = plans();
        return all.stream().filter(p -> p.origin == Plan.Origin.SHIPPED_DATA).findFirst().or(() -> all.stream().findFirst());
    }

    public Plan plan(long id) {
        return Plan.<Plan>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound(PLAN_NOT_FOUND, "no plan " + id));
    }

    public Task task(long id) {
        return Task.<Task>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound(TASK_NOT_FOUND, "no task " + id));
    }

    public List<Task> tasks(long planId) {
        return Task.ofPlan(plan(planId));
    }

    /** A new, empty plan; 409 PLAN_EXISTS when the code is taken. */
    @Transactional
    public Outcome create(PlanApi.CreatePlan body, String actor) {
        if (body.endYear() < body.startYear()) {
            throw DomainException.invalid("endYear", "must not be before startYear");
        }
        if (Plan.byCode(body.code().strip()).isPresent()) {
            throw DomainException.conflict(PLAN_EXISTS, "a plan with code " + body.code().strip() + " exists");
        }
        Map<Integer, String> areas = new java.util.TreeMap<>();
        for (int i = 0; i < body.areas().size(); i++) {
            areas.put(i + 1, body.areas().get(i).strip());
        }
        return write(new PlanSpec(body.code().strip(), body.title().strip(), body.sourceDocumentNumber(), body.startYear(),
                body.endYear(), Plan.Origin.OFFICE, areas, body.issuedOn(), List.of(), null), List.of(), actor);
    }

    /** Creates or finds the plan by code and writes the drafts, each task matched by its code. */
    @Transactional
    public Outcome write(PlanSpec spec, List<TaskDraft> drafts, String actor) {
        Optional<Plan> existing = Plan.byCode(spec.code());
        Plan plan = existing.orElseGet(() -> create(spec));
        spec.areas().forEach((seq, name) -> ensureArea(plan, seq, name));
        if (spec.targetsSource() != null) {
            plan.replaceIndicators(spec.targets(), spec.targetsSource());
        }
        Outcome outcome = writeTasks(plan, drafts, existing.isEmpty());
        audit.append(actor, AuditAction.of(existing.isEmpty() ? "PLAN_CREATED" : "PLAN_REIMPORTED"), AuditSubject.of("plan", plan.id),
                Map.of("code", plan.code, "created", outcome.created(), "updated", outcome.updated(),
                        "unchanged", outcome.unchanged()));
        if (spec.origin() == Plan.Origin.GAZETTE_IMPORT) {
            events.publish(gov.linzhi.tasks.events.Event.PLAN_IMPORTED, "plan:" + plan.id, Map.of("planId", plan.id,
                    "code", plan.code, "sourceDocumentNumber", String.valueOf(plan.sourceDocumentNumber),
                    "created", outcome.created(), "updated", outcome.updated(), "unchanged", outcome.unchanged()));
        }
        return outcome;
    }

    /** The office's own task list for an existing plan, all or nothing. */
    @Transactional
    public Outcome importRows(long planId, LinkedHashMap<String, TaskRow> rows, String actor) {
        Plan plan = plan(planId);
        List<TaskDraft> drafts = new TaskRowChecker(plan, registry).check(rows);
        Outcome outcome = writeTasks(plan, drafts, false);
        audit.append(actor, AuditAction.of("PLAN_TASKS_IMPORTED"), AuditSubject.of("plan", plan.id),
                Map.of("rows", rows.size(), "created", outcome.created(), "updated", outcome.updated(),
                        "unchanged", outcome.unchanged()));
        return outcome;
    }

    /** Each task's latest official report (latest year, then the period due last, then version), by task id. */
    public Map<Long, ProgressReport> latestOfficialReports(Plan plan) {
        Map<Long, ProgressReport> latest = new java.util.HashMap<>();
        ProgressReport.<ProgressReport>list("task.plan = ?1 and kind = ?2", plan, ProgressReport.Kind.OFFICIAL).stream()
                .sorted(java.util.Comparator.comparing((ProgressReport r) -> r.year).thenComparing(r -> r.dueOn)
                        .thenComparing(r -> r.version))
                .forEach(r -> latest.put(r.task.id, r));
        return latest;
    }

    /**
     * The task's provision read live from gazette-service (503 GAZETTE_UNAVAILABLE when it is down);
     * a successful read refreshes the cached text.
     */
    public PlanApi.ProvisionView liveProvision(long taskId) {
        Task t = task(taskId);
        if (t.plan.origin != Plan.Origin.GAZETTE_IMPORT || t.sourceDocumentNumber == null) {
            throw DomainException.unprocessable(NO_GAZETTE_SOURCE,
                    "task " + t.code + " was not imported from a gazette provision; its source is " + t.sourceReference);
        }
        GazetteApi.Provision p = gazette.provision(t.sourceDocumentNumber, t.sourceReference);
        self.refreshSourceText(t.id, p.text(), p.citationUrl());
        return new PlanApi.ProvisionView(p.documentNumber(), p.documentTitle(), p.path(), p.heading(), p.text(), p.citationUrl());
    }

    /** Replaces the cached provision text of a task after a successful live read. */
    @Transactional
    void refreshSourceText(long taskId, String text, String citationUrl) {
        Task t = task(taskId);
        if (text != null && !Objects.equals(text, t.sourceText)) {
            t.sourceText = text;
        }
        if (citationUrl != null) {
            t.sourceUrl = citationUrl;
        }
    }

    private Plan create(PlanSpec spec) {
        Plan p = new Plan();
        p.code = spec.code();
        p.title = spec.title();
        p.sourceDocumentNumber = spec.sourceDocumentNumber();
        p.startYear = spec.startYear();
        p.endYear = spec.endYear();
        p.origin = spec.origin();
        p.issuedOn = spec.issuedOn() != null ? spec.issuedOn() : shippedIssueDate(spec.sourceDocumentNumber());
        CalendarTemplates.Template template = templates.forDocument(spec.sourceDocumentNumber());
        p.replaceCalendar(template.entries());
        p.countiesReport = template.countiesReport();
        p.persist();
        return p;
    }

    private java.time.LocalDate shippedIssueDate(String documentNumber) {
        return templates.ofDocument(documentNumber).map(CalendarTemplates.Template::issuedOn).orElse(null);
    }

    /** Plans stored before calendars were data get the calendar of their document (and its issue date). */
    @Transactional
    public int assignMissingCalendars() {
        int assigned = 0;
        for (Plan p : plans()) {
            if (p.countiesReport == null) {
                p.countiesReport = templates.forDocument(p.sourceDocumentNumber).countiesReport();
            }
            if (!p.hasCalendar()) {
                if (p.issuedOn == null) {
                    p.issuedOn = shippedIssueDate(p.sourceDocumentNumber);
                }
                p.replaceCalendar(templates.forDocument(p.sourceDocumentNumber).entries());
                assigned++;
            }
        }
        return assigned;
    }

    /**
     * Replaces a plan's reporting calendar (the supervisor's decision, audited with what it replaced); a calendar
     * without periods or naming one twice is refused.
     */
    @Transactional
    public Plan changeCalendar(long planId, List<ReportingCalendar.Entry> entries, Boolean countiesReport, String actor) {
        Plan plan = plan(planId);
        boolean countiesBefore = plan.countiesReport();
        List<String> before = describe(plan.reportingCalendar().entries());
        try {
            new ReportingCalendar(entries, plan.issuedOn);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(INVALID_CALENDAR, "periods", e.getMessage());
        }
        plan.clearCalendar();
        Plan.flush();
        plan.replaceCalendar(entries);
        if (countiesReport != null) {
            plan.countiesReport = countiesReport;
        }
        audit.append(actor, AuditAction.of("PLAN_CALENDAR_CHANGED"), AuditSubject.of("plan", plan.id), Map.of("before", before, "after", describe(entries),
                "countiesReportBefore", countiesBefore, "countiesReport", plan.countiesReport()));
        return plan;
    }

    private static List<String> describe(List<ReportingCalendar.Entry> entries) {
        return entries.stream().map(e -> e.period() + " " + e.label() + " " + (e.yearOffset() == 0 ? "" : "次年")
                + String.format(java.util.Locale.ROOT, "%02d-%02d", e.due().getMonthValue(), e.due().getDayOfMonth()) + " " + e.basis())
                .toList();
    }

    private PlanArea ensureArea(Plan plan, int seq, String name) {
        return plan.area(seq).orElseGet(() -> {
            PlanArea a = new PlanArea();
            a.plan = plan;
            a.seq = seq;
            a.name = name;
            a.persist();
            plan.areas.add(a);
            return a;
        });
    }

    private Outcome writeTasks(Plan plan, List<TaskDraft> drafts, boolean planCreated) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (TaskDraft d : drafts) {
            Optional<Task> found = Task.find("plan = ?1 and code = ?2", plan, d.code()).firstResultOptional();
            if (found.isEmpty()) {
                Task t = new Task();
                t.plan = plan;
                t.code = d.code();
                apply(plan, t, d);
                t.persist();
                created++;
            } else {
                Task t = found.get();
                String before = signature(t);
                apply(plan, t, d);
                if (before.equals(signature(t))) {
                    unchanged++;
                } else {
                    updated++;
                }
            }
        }
        Task.flush();
        return new Outcome(plan, PlanApi.PlanView.of(plan), planCreated, created, updated, unchanged);
    }

    private void apply(Plan plan, Task t, TaskDraft d) {
        t.area = ensureArea(plan, d.areaSeq(), d.areaName());
        t.text = d.text();
        t.sourceDocumentNumber = d.sourceDocumentNumber();
        t.sourceReference = d.sourceReference();
        if (d.sourceText() != null) {
            t.sourceText = d.sourceText();
        }
        if (d.sourceUrl() != null) {
            t.sourceUrl = d.sourceUrl();
        }
        t.lead = d.lead();
        t.leadBasis = d.leadBasis();
        t.coDepartments.clear();
        t.coDepartments.addAll(d.coDepartments());
        t.leaderPost = d.leaderPost();
        t.dueOn = d.dueOn();
        t.replaceIndicators(d.indicators());
    }

    private static String signature(Task t) {
        return String.join("|", t.area.seq + "", t.text, String.valueOf(t.sourceDocumentNumber),
                String.valueOf(t.sourceReference), String.valueOf(t.sourceText), String.valueOf(t.sourceUrl),
                t.lead.id + "", t.leadBasis.name(),
                t.coDepartments.stream().map(d -> d.id).sorted().map(String::valueOf).collect(Collectors.joining(",")),
                t.leaderPost, t.dueOn.toString(),
                t.indicators.stream().map(i -> i.name + "/" + i.unit + "/" + strip(i.baseline) + "/" + strip(i.target)
                        + "/" + i.direction).collect(Collectors.joining(";")));
    }

    private static String strip(java.math.BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
}
