package gov.linzhi.tasks.supervision;

import gov.linzhi.tasks.supervision.rag.RagCalculator;
import gov.linzhi.tasks.supervision.rag.Rag;
import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.platform.audit.AuditAction;
import gov.linzhi.platform.audit.AuditLog;
import gov.linzhi.platform.audit.AuditSubject;
import gov.linzhi.tasks.clients.SubsidyClient;
import gov.linzhi.tasks.clients.SubsidyGateway;
import gov.linzhi.tasks.config.TasksConfig;
import gov.linzhi.tasks.plans.PlanApi;
import gov.linzhi.tasks.plans.PlanService;
import gov.linzhi.tasks.plans.Task;
import gov.linzhi.tasks.reports.ProgressReport;
import gov.linzhi.tasks.reports.ReportService;
import gov.linzhi.tasks.reports.ReportingCalendar;
import gov.linzhi.tasks.supervision.SupervisionApi.DepartmentMissing;
import gov.linzhi.tasks.supervision.SupervisionApi.MissingReport;
import gov.linzhi.tasks.supervision.SupervisionApi.PeriodStatus;
import gov.linzhi.tasks.supervision.SupervisionApi.ReportState;
import gov.linzhi.tasks.supervision.SupervisionApi.Scorecard;
import gov.linzhi.tasks.supervision.SupervisionApi.TaskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The supervision view on a date: RAG per task, missing reports, slow tasks, scorecards. */
@ApplicationScoped
public class SupervisionService {

    @Inject
    PlanService plans;

    @Inject
    ReportService reports;

    @Inject
    TasksConfig config;

    @Inject
    Clock clock;

    @Inject
    SubsidyGateway subsidy;

    @Inject
    AuditLog audit;

    @Inject
    gov.linzhi.tasks.events.EventLog events;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The tasks of the plans that have started by {@code on} (one plan, or all); a plan past its end shows its final state. */
    private List<Task> supervisedTasks(LocalDate on, Long planId) {
        return (planId == null ? Task.<Task>list("order by plan.id, area.seq, id") : plans.tasks(planId)).stream()
                .filter(t -> t.plan.startYear <= on.getYear()).toList();
    }

    /** Every report of a kind filed up to {@code on}, whatever year: a late report counts for its period. */
    private static List<ProgressReport> filedBy(ProgressReport.Kind kind, LocalDate on, Long planId) {
        return planId == null
                ? ProgressReport.list("kind = ?1 and filedOn <= ?2", kind, on)
                : ProgressReport.list("task.plan.id = ?1 and kind = ?2 and filedOn <= ?3", planId, kind, on);
    }

    public SupervisionApi.View view(LocalDate asOf, Long planId) {
        LocalDate on = asOf == null ? today() : asOf;
        int year = on.getYear();
        // A plan is supervised from its first year on; after its last period it shows its final state.
        List<Task> tasks = supervisedTasks(on, planId);
        Map<Long, List<ProgressReport>> byTask = new HashMap<>();
        filedBy(ProgressReport.Kind.OFFICIAL, on, planId).forEach(r -> byTask.computeIfAbsent(r.task.id, k -> new ArrayList<>()).add(r));
        // the counties' own reports, where a plan has them report (各县（区）)
        Map<Long, List<ProgressReport>> contributionsByTask = new HashMap<>();
        filedBy(ProgressReport.Kind.CONTRIBUTION, on, planId)
                .forEach(r -> contributionsByTask.computeIfAbsent(r.task.id, k -> new ArrayList<>()).add(r));
        Map<Long, TaskFlag> flags = new HashMap<>();
        TaskFlag.<TaskFlag>listAll().forEach(f -> flags.put(f.taskId, f));

        Map<Long, ReportingCalendar> calendars = new HashMap<>();
        RagCalculator rag = new RagCalculator(new RagCalculator.Thresholds(
                config.rag().amberAfterPointsBehind(), config.rag().redAfterPointsBehind()), config.reporting().dueSoonDays());
        List<TaskStatus> statuses = new ArrayList<>();
        for (Task t : tasks) {
            ReportingCalendar calendar = calendars.computeIfAbsent(t.plan.id, id -> t.plan.reportingCalendar());
            statuses.add(status(t, on, byTask.getOrDefault(t.id, List.of()), contributionsByTask.getOrDefault(t.id, List.of()),
                    flags.get(t.id), calendar, rag));
        }
        return new SupervisionApi.View(on, year, planId, summary(statuses), statuses, missing(statuses),
                statuses.stream().filter(s -> s.status() != Rag.GREEN || s.flagged()).toList(),
                withCountyReports(scorecards(statuses, s -> s.lead().name()), statuses),
                scorecards(statuses, TaskStatus::leaderPost));
    }

    /**
     * The 催报 list on {@code asOf}: per lead department, in the registry's order, every official report it owes that
     * is overdue (in the periods the supervision shows) and, for each task, the next one due; soonest first.
     */
    public SupervisionApi.Reminders reminders(LocalDate asOf, Long planId) {
        LocalDate on = asOf == null ? today() : asOf;
        List<Task> tasks = supervisedTasks(on, planId);
        java.util.Set<String> filed = new java.util.HashSet<>();
        filedBy(ProgressReport.Kind.OFFICIAL, on, planId).forEach(r -> filed.add(r.task.id + "|" + r.period + "|" + r.year));
        Map<Long, ReportingCalendar> calendars = new HashMap<>();
        java.util.TreeMap<Long, List<SupervisionApi.Reminder>> byDepartment = new java.util.TreeMap<>();
        Map<Long, PlanApi.DepartmentRef> departments = new HashMap<>();
        for (Task t : tasks) {
            ReportingCalendar calendar = calendars.computeIfAbsent(t.plan.id, id -> t.plan.reportingCalendar());
            List<SupervisionApi.Reminder> owed = new ArrayList<>();
            java.util.function.Predicate<ReportingCalendar.Due> unfiled = d -> !filed.contains(t.id + "|" + d.period() + "|" + d.year());
            calendar.supervisedOn(on, t.plan.startYear, t.plan.endYear).stream()
                    .filter(d -> d.dueOn().isBefore(on)).filter(unfiled)
                    .forEach(d -> owed.add(reminder(t, d, on, SupervisionApi.ReminderState.OVERDUE)));
            calendar.owed(t.plan.startYear, t.plan.endYear).stream()
                    .filter(d -> !d.dueOn().isBefore(on)).filter(unfiled).findFirst()
                    .ifPresent(d -> owed.add(reminder(t, d, on, SupervisionApi.ReminderState.DUE)));
            if (!owed.isEmpty()) {
                departments.putIfAbsent(t.lead.id, PlanApi.DepartmentRef.of(t.lead));
                byDepartment.computeIfAbsent(t.lead.id, k -> new ArrayList<>()).addAll(owed);
            }
        }
        List<SupervisionApi.DepartmentReminders> out = new ArrayList<>();
        byDepartment.forEach((id, list) -> {
            list.sort(Comparator.comparing(SupervisionApi.Reminder::dueOn).thenComparing(SupervisionApi.Reminder::taskCode));
            out.add(new SupervisionApi.DepartmentReminders(departments.get(id), List.copyOf(list)));
        });
        return new SupervisionApi.Reminders(on, planId, out);
    }

    private static SupervisionApi.Reminder reminder(Task t, ReportingCalendar.Due d, LocalDate on, SupervisionApi.ReminderState state) {
        return new SupervisionApi.Reminder(t.id, t.plan.id, t.code, t.text, d.period(), d.year(), label(d), d.dueOn(), state,
                java.time.temporal.ChronoUnit.DAYS.between(on, d.dueOn()));
    }

    private TaskStatus status(Task t, LocalDate on, List<ProgressReport> reportsOfTask, List<ProgressReport> contributions,
                              TaskFlag flag, ReportingCalendar calendar, RagCalculator rag) {
        List<PeriodStatus> periods = new ArrayList<>();
        List<RagCalculator.PeriodState> states = new ArrayList<>();
        List<ReportingCalendar.Due> dues = calendar.supervisedOn(on, t.plan.startYear, t.plan.endYear);
        List<SupervisionApi.CountyReportStatus> counties = new ArrayList<>();
        if (t.plan.countiesReport()) {
            for (gov.linzhi.tasks.departments.Department county : t.coDepartments) {
                if (county.kind != gov.linzhi.tasks.departments.Department.Kind.COUNTY_GOVERNMENT) {
                    continue;
                }
                for (ReportingCalendar.Due due : dues) {
                    LocalDate filedOn = contributions.stream().filter(r -> r.department.id.equals(county.id) && r.period == due.period()
                            && r.year == due.year()).map(r -> r.filedOn).min(Comparator.naturalOrder()).orElse(null);
                    counties.add(new SupervisionApi.CountyReportStatus(PlanApi.DepartmentRef.of(county), due.period(), due.year(),
                            label(due), due.dueOn(), state(filedOn, due.dueOn(), on), filedOn));
                }
            }
        }
        for (ReportingCalendar.Due due : dues) {
            Optional<ProgressReport> first = reportsOfTask.stream().filter(r -> r.period == due.period() && r.year == due.year())
                    .min(Comparator.comparing((ProgressReport r) -> r.version));
            LocalDate filedOn = first.map(r -> r.filedOn).orElse(null);
            String label = label(due);
            periods.add(new PeriodStatus(due.period(), due.year(), label, due.dueOn(), state(filedOn, due.dueOn(), on), filedOn));
            states.add(new RagCalculator.PeriodState(label, due.dueOn(), filedOn));
        }
        int year = Math.min(Math.max(on.getYear(), t.plan.startYear), t.plan.endYear);
        Integer latest = reportsOfTask.stream().filter(r -> r.year == year)
                .max(Comparator.comparing((ProgressReport r) -> r.filedOn).thenComparing(r -> r.id))
                .map(r -> r.percentComplete).orElse(null);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = t.dueOn.getYear() == year ? t.dueOn : LocalDate.of(year, 12, 31);
        RagCalculator.Assessment a = rag.assess(on, from, to, states, latest);
        return SupervisionApiTaskStatusBuilder.builder()
                .taskId(t.id)
                .planId(t.plan.id)
                .code(t.code)
                .areaSeq(t.area.seq)
                .areaName(t.area.name)
                .text(t.text)
                .lead(PlanApi.DepartmentRef.of(t.lead))
                .coDepartments(t.coDepartments.stream().map(d -> d.name).toList())
                .leaderPost(t.leaderPost)
                .status(a.status())
                .reason(a.reason())
                .expectedPercent(a.expectedPercent())
                .reportedPercent(a.reportedPercent())
                .periods(periods)
                .flagged(flag != null)
                .flagNote(flag == null ? null : flag.note)
                .countyReports(List.copyOf(counties))
                .build();
    }

    private static ReportState state(LocalDate filedOn, LocalDate dueOn, LocalDate on) {
        return filedOn != null ? (filedOn.isAfter(dueOn) ? ReportState.LATE : ReportState.ON_TIME)
                : dueOn.isBefore(on) ? ReportState.MISSING : ReportState.NOT_YET_DUE;
    }

    /** The period's name where it is shown: with its year when it is due in the next one (2020年全年). */
    private static String label(ReportingCalendar.Due due) {
        return due.dueOn().getYear() == due.year() ? due.label() : due.year() + "年" + due.label();
    }

    private static SupervisionApi.Summary summary(List<TaskStatus> statuses) {
        int missing = 0;
        int late = 0;
        for (TaskStatus s : statuses) {
            missing += (int) s.periods().stream().filter(p -> p.state() == ReportState.MISSING).count();
            late += (int) s.periods().stream().filter(p -> p.state() == ReportState.LATE).count();
            missing += (int) s.countyReports().stream().filter(p -> p.state() == ReportState.MISSING).count();
            late += (int) s.countyReports().stream().filter(p -> p.state() == ReportState.LATE).count();
        }
        return new SupervisionApi.Summary(statuses.size(), count(statuses, Rag.GREEN), count(statuses, Rag.AMBER),
                count(statuses, Rag.RED), missing, late, (int) statuses.stream().filter(TaskStatus::flagged).count());
    }

    private static int count(List<TaskStatus> statuses, Rag rag) {
        return (int) statuses.stream().filter(s -> s.status() == rag).count();
    }

    private static List<DepartmentMissing> missing(List<TaskStatus> statuses) {
        Map<String, PlanApi.DepartmentRef> depts = new LinkedHashMap<>();
        Map<String, List<MissingReport>> byDept = new LinkedHashMap<>();
        statuses.stream().sorted(Comparator.comparing((TaskStatus s) -> s.lead().id())).forEach(s -> s.periods().stream()
                .filter(p -> p.state() == ReportState.MISSING)
                .forEach(p -> {
                    depts.put(s.lead().name(), s.lead());
                    byDept.computeIfAbsent(s.lead().name(), k -> new ArrayList<>())
                            .add(new MissingReport(s.taskId(), s.code(), s.text(), p.period(), p.year(), p.label(), p.dueOn()));
                }));
        statuses.forEach(s -> s.countyReports().stream().filter(p -> p.state() == ReportState.MISSING).forEach(p -> {
            depts.put(p.department().name(), p.department());
            byDept.computeIfAbsent(p.department().name(), k -> new ArrayList<>())
                    .add(new MissingReport(s.taskId(), s.code(), s.text(), p.period(), p.year(), p.label(), p.dueOn()));
        }));
        return byDept.entrySet().stream().map(e -> new DepartmentMissing(depts.get(e.getKey()), e.getValue())).toList();
    }

    private static List<Scorecard> scorecards(List<TaskStatus> statuses, Function<TaskStatus, String> key) {
        Map<String, List<TaskStatus>> groups = new LinkedHashMap<>();
        statuses.forEach(s -> groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s));
        List<Scorecard> out = new ArrayList<>();
        groups.forEach((name, group) -> {
            int onTime = 0;
            int late = 0;
            int missing = 0;
            for (TaskStatus s : group) {
                for (PeriodStatus p : s.periods()) {
                    switch (p.state()) {
                        case ON_TIME -> onTime++;
                        case LATE -> late++;
                        case MISSING -> missing++;
                        default -> { }
                    }
                }
            }
            int n = group.size();
            int green = count(group, Rag.GREEN);
            int amber = count(group, Rag.AMBER);
            int red = count(group, Rag.RED);
            int due = (int) group.stream().flatMap(s -> s.periods().stream())
                    .filter(p -> p.state() != ReportState.NOT_YET_DUE).count();
            out.add(SupervisionApiScorecardBuilder.builder()
                    .name(name)
                    .tasksLed(n)
                    .reportsDue(due)
                    .reportsOnTime(onTime)
                    .reportsLate(late)
                    .reportsMissing(missing)
                    .green(green)
                    .amber(amber)
                    .red(red)
                    .shareGreen(share(green, n))
                    .shareAmber(share(amber, n))
                    .shareRed(share(red, n))
                    .build());
        });
        out.sort(Comparator.comparing(Scorecard::name));
        return out;
    }

    /** The department scorecards with each county's own reports added (a county that leads no task gets a card of its own). */
    private static List<Scorecard> withCountyReports(List<Scorecard> cards, List<TaskStatus> statuses) {
        Map<String, int[]> counts = new LinkedHashMap<>(); // due, on time, late, missing
        statuses.forEach(s -> s.countyReports().forEach(p -> {
            int[] c = counts.computeIfAbsent(p.department().name(), k -> new int[4]);
            switch (p.state()) {
                case ON_TIME -> { c[0]++; c[1]++; }
                case LATE -> { c[0]++; c[2]++; }
                case MISSING -> { c[0]++; c[3]++; }
                default -> { }
            }
        }));
        if (counts.isEmpty()) {
            return cards;
        }
        Map<String, Scorecard> byName = new LinkedHashMap<>();
        cards.forEach(c -> byName.put(c.name(), c));
        counts.forEach((name, c) -> {
            Scorecard card = byName.get(name);
            byName.put(name, card == null
                    ? SupervisionApiScorecardBuilder.builder().name(name).reportsDue(c[0]).reportsOnTime(c[1]).reportsLate(c[2])
                    .reportsMissing(c[3]).build()
                    : SupervisionApiScorecardBuilder.builder(card).reportsDue(card.reportsDue() + c[0])
                    .reportsOnTime(card.reportsOnTime() + c[1]).reportsLate(card.reportsLate() + c[2])
                    .reportsMissing(card.reportsMissing() + c[3]).build());
        });
        List<Scorecard> out = new ArrayList<>(byName.values());
        out.sort(Comparator.comparing(Scorecard::name));
        return out;
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }

    @Transactional
    public TaskFlag flag(long taskId, String note, String user) {
        Task t = plans.task(taskId);
        TaskFlag f = TaskFlag.<TaskFlag>findByIdOptional(t.id).orElseGet(() -> {
            TaskFlag fresh = new TaskFlag();
            fresh.taskId = t.id;
            return fresh;
        });
        f.note = note.strip();
        f.flaggedBy = user;
        f.flaggedOn = today();
        f.persist();
        audit.append(user, AuditAction.of("TASK_FLAGGED"), AuditSubject.of("task", t.id), Map.of("note", f.note));
        events.publish(gov.linzhi.tasks.events.Event.TASK_FLAGGED, "task:" + t.id, Map.of("taskId", t.id, "taskCode", t.code,
                "planId", t.plan.id, "lead", t.lead.name, "note", f.note, "flaggedOn", f.flaggedOn.toString()));
        return f;
    }

    @Transactional
    public void unflag(long taskId, String user) {
        Task t = plans.task(taskId);
        if (!TaskFlag.deleteById(t.id)) {
            throw DomainException.notFound("FLAG_NOT_FOUND", "task " + t.code + " is not flagged");
        }
        audit.append(user, AuditAction.of("TASK_UNFLAGGED"), AuditSubject.of("task", t.id), Map.of());
    }

    /** The vocational plan's subsidised-training target against subsidy-service's approved person-times. */
    public SupervisionApi.TrainingTarget trainingTarget(int year) {
        Integer target = config.training().targets().get(String.valueOf(year));
        String doc = config.training().documentNumber();
        Optional<SubsidyClient.Statistics> stats = subsidy.statistics(year);
        if (stats.isEmpty()) {
            return new SupervisionApi.TrainingTarget(year, doc, target, "unavailable", null, null, null,
                    "subsidy-service did not answer; progress is unavailable");
        }
        SubsidyClient.Statistics s = stats.get();
        Integer effectiveTarget = target != null ? target : s.target() == null ? null : s.target().intValue();
        Double percent = effectiveTarget == null || effectiveTarget == 0 ? null
                : Math.round(1000.0 * s.approvedPersonTimes() / effectiveTarget) / 10.0;
        return new SupervisionApi.TrainingTarget(year, doc, effectiveTarget, "available", s.approvedPersonTimes(), percent,
                s.planPeriodTarget(), "approved subsidised training person-times from subsidy-service");
    }
}
