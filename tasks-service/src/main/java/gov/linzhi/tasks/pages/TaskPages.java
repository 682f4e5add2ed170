package gov.linzhi.tasks.pages;

import gov.linzhi.platform.audit.ActorNames;
import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.tasks.clients.GazetteGateway;
import gov.linzhi.tasks.config.TasksConfig;
import gov.linzhi.tasks.departments.Department;
import gov.linzhi.tasks.plans.PlanApi;
import gov.linzhi.tasks.plans.PlanService;
import gov.linzhi.tasks.plans.Task;
import gov.linzhi.tasks.reports.ReportApi;
import gov.linzhi.tasks.reports.ReportService;
import gov.linzhi.tasks.reports.ReportingCalendar;
import gov.linzhi.tasks.rest.Params;
import gov.linzhi.tasks.supervision.SupervisionApi;
import gov.linzhi.tasks.supervision.SupervisionService;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A task's page at {@code /tasks/{id}} (the API's task ids), read through the same services as
 * {@code GET /api/v1/tasks/{id}}, {@code /provision}, {@code /reports} and {@code /api/v1/supervision};
 * and its forms: a department files its report (the API's {@code POST /tasks/{id}/reports}), the office
 * flags the task with a 批示 or takes the flag off (the API's {@code PUT}/{@code DELETE …/flag}).
 */
@Path("/tasks")
@Produces(Html.TYPE)
public class TaskPages {

    @Inject
    TasksConfig config;

    @Inject
    PageSession session;

    @Inject
    PlanService plans;

    @Inject
    ReportService reports;

    @Inject
    SupervisionService supervision;

    @Inject
    Validator validator;

    /**
     * 200; the HTML 404 page for an unknown (or non-numeric) id; the HTML 400 page for a bad {@code asOf}.
     * {@code filed} (a report id) and {@code flag} ({@code set}, {@code cleared}) say what a form just did.
     */
    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public Response task(@PathParam("id") String id, @QueryParam("asOf") String asOf, @QueryParam("filed") String filed,
                         @QueryParam("flag") String flag, @Context HttpHeaders headers, @Context UriInfo uri) {
        PageUser user = session.requireReader(headers, uri);
        Task task = find(id, user);
        LocalDate date;
        try {
            date = Params.date("asOf", asOf);
        } catch (DomainException e) {
            throw new PageException(Html.page(400, PageTemplates.error(new PageFrame("请求有误", "", user),
                    ErrorPageModel.badRequest("日期“" + asOf + "”格式不正确，请按“年-月-日”填写，例如 2020-07-06。"))));
        }
        return render(200, user, task, date, null, null, null, filed, flag);
    }

    /**
     * 303 to the task page showing the report filed; 400 with the form as typed and the problem beside each
     * field; the HTML 403 page for a forged form or a reader who may not file on this task.
     */
    @POST
    @Path("/{id}/reports")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response fileReport(@PathParam("id") String id, MultivaluedMap<String, String> form,
                               @Context HttpHeaders headers, @Context UriInfo uri) {
        PageUser user = session.requireFormPost(headers, uri, form.getFirst(FormToken.FIELD));
        Task task = find(id, user);
        if (filer(user, task).isEmpty()) {
            throw PageSession.forbidden(user, "只有本任务的牵头单位和协办单位可以报送进展。");
        }
        ReportFormInput input = ReportFormInput.read(form, task.indicators.stream().map(i -> i.id).toList());
        // every field is checked at once: what could not be read keeps its own message, the API's rules say the rest
        input.addViolations(validator.validate(input.report()));
        String key = idempotencyKey(form.getFirst("key"));
        String general = null;
        int status = 400;
        if (!input.hasErrors()) {
            try {
                ReportService.Filing filing = reports.file(task.id, input.report(), user.department(), ActorNames.fit(user.name()), key);
                return Html.seeOther("/tasks/" + task.id + "?filed=" + filing.report().id + "#reports");
            } catch (DomainException e) {
                general = explain(e, input, task);
                status = e.kind() == DomainException.Kind.CONFLICT ? 409 : e.kind() == DomainException.Kind.UNPROCESSABLE ? 422 : 400;
            }
        }
        return render(status, user, task, null, new Typed(input.values(), input.errors(), general, key), null, null, null, null);
    }

    /** 303 to the task page with the flag and its note; 400 with the note as typed when it is empty or too long. */
    @POST
    @Path("/{id}/flag")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response flag(@PathParam("id") String id, MultivaluedMap<String, String> form,
                         @Context HttpHeaders headers, @Context UriInfo uri) {
        PageUser user = requireSupervisor(headers, uri, form);
        Task task = find(id, user);
        String note = form.getFirst("note");
        var violations = validator.validate(new SupervisionApi.FlagRequest(note));
        if (!violations.isEmpty()) {
            String error = ReportFormInput.message(violations.iterator().next());
            return render(400, user, task, null, null, note == null ? "" : note, error, null, null);
        }
        supervision.flag(task.id, note, ActorNames.fit(user.name()));
        return Html.seeOther("/tasks/" + task.id + "?flag=set#status");
    }

    /** 303 to the task page without the flag (also when it had none: the page then shows the same). */
    @POST
    @Path("/{id}/unflag")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response unflag(@PathParam("id") String id, MultivaluedMap<String, String> form,
                           @Context HttpHeaders headers, @Context UriInfo uri) {
        PageUser user = requireSupervisor(headers, uri, form);
        Task task = find(id, user);
        try {
            supervision.unflag(task.id, ActorNames.fit(user.name()));
        } catch (DomainException e) {
            if (!"FLAG_NOT_FOUND".equals(e.code())) {
                throw e;
            }
        }
        return Html.seeOther("/tasks/" + task.id + "?flag=cleared#status");
    }

    /** The report form's fields as sent back: values, problems, the message above the form, the key kept. */
    private record Typed(Map<String, String> values, Map<String, String> errors, String generalError, String key) {
    }

    /** The task page; {@code filed} and {@code flag} are what a form just did (see {@link #task}), for the notice. */
    private Response render(int httpStatus, PageUser user, Task task, LocalDate date, Typed typed,
                            String flagNote, String flagError, String filed, String flag) {
        PlanApi.TaskView view = PlanApi.TaskView.of(task);
        SupervisionApi.View board = supervision.view(date, task.plan.id);
        SupervisionApi.TaskStatus status = board.tasks().stream().filter(s -> s.taskId().equals(task.id)).findFirst().orElse(null);
        List<ReportApi.ReportView> history = reports.historyViews(task.id);
        String csrf = user.formToken();
        TaskPageModel.ReportForm reportForm = filer(user, task)
                .map(d -> reportForm(task, view, board.asOf(), status, d, typed, csrf)).orElse(null);
        TaskPageModel.FlagForm flagForm = user.isSupervisor() ? new TaskPageModel.FlagForm(status != null && status.flagged(),
                status == null ? null : status.flagNote(), flagNote == null ? "" : flagNote, flagError, csrf) : null;
        TaskPageModel model = new TaskPageModel(view, task.plan.title, board.asOf(), status, source(view),
                IndicatorProgress.of(view.indicators(), history), history, reportForm, flagForm, notice(history, filed, flag));
        return Html.page(httpStatus, PageTemplates.task(new PageFrame(view.code() + " " + view.text(), "", user), model));
    }

    private TaskPageModel.ReportForm reportForm(Task task, PlanApi.TaskView view, LocalDate asOf, SupervisionApi.TaskStatus status,
                                                Department department, Typed typed, String csrf) {
        Map<String, String> values = typed != null ? typed.values() : suggested(task, asOf, status);
        Map<String, String> errors = typed != null ? typed.errors() : Map.of();
        String year = values.getOrDefault(ReportFormInput.YEAR, "");
        String period = values.getOrDefault(ReportFormInput.PERIOD, "");
        List<TaskPageModel.Option> years = new ArrayList<>();
        for (int y = task.plan.startYear; y <= task.plan.endYear; y++) {
            years.add(new TaskPageModel.Option(String.valueOf(y), y + "年", String.valueOf(y).equals(year)));
        }
        List<TaskPageModel.Option> periods = new ArrayList<>();
        for (ReportingCalendar.Entry e : task.plan.reportingCalendar().entries()) {
            periods.add(new TaskPageModel.Option(e.period().name(), e.label() + "报告", e.period().name().equals(period)));
        }
        List<TaskPageModel.IndicatorField> indicators = view.indicators().stream().map(i -> {
            String name = ReportFormInput.INDICATOR_PREFIX + i.id();
            return new TaskPageModel.IndicatorField(name, i.name(), i.unit(), values.getOrDefault(name, ""), errors.get(name));
        }).toList();
        return new TaskPageModel.ReportForm("/tasks/" + task.id + "/reports", task.lead.id.equals(department.id), department.name,
                years, periods, values, errors, indicators, typed == null ? null : typed.generalError(), csrf,
                typed != null ? typed.key() : UUID.randomUUID().toString());
    }

    /** A fresh form proposes the first period owed and not yet reported (missing first, then the next due). */
    private static Map<String, String> suggested(Task task, LocalDate asOf, SupervisionApi.TaskStatus status) {
        Map<String, String> values = new LinkedHashMap<>();
        int year = Math.max(task.plan.startYear, Math.min(task.plan.endYear, asOf.getYear()));
        values.put(ReportFormInput.YEAR, String.valueOf(year));
        if (status != null) {
            status.periods().stream().filter(p -> p.state() == SupervisionApi.ReportState.MISSING).findFirst()
                    .or(() -> status.periods().stream().filter(p -> p.state() == SupervisionApi.ReportState.NOT_YET_DUE).findFirst())
                    .ifPresent(p -> {
                        values.put(ReportFormInput.YEAR, String.valueOf(p.year()));
                        values.put(ReportFormInput.PERIOD, p.period().name());
                    });
        }
        return values;
    }

    /** The reader's department when it may file on this task: the lead or a co-department. */
    private Optional<Department> filer(PageUser user, Task task) {
        if (!user.isDepartment()) {
            return Optional.empty();
        }
        try {
            Department d = reports.callerDepartment(user.department());
            return task.lead.id.equals(d.id) || task.isCoDepartment(d) ? Optional.of(d) : Optional.empty();
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    /** What the filing's refusal means for the form: beside a field where it concerns one, else above the form. */
    private static String explain(DomainException e, ReportFormInput input, Task task) {
        switch (e.code()) {
            case ReportService.YEAR_OUTSIDE_PLAN -> {
                input.addError(ReportFormInput.YEAR, "本方案的实施年度为 " + task.plan.startYear + "—" + task.plan.endYear + " 年。");
                return null;
            }
            case ReportService.PERIOD_NOT_IN_CALENDAR -> {
                input.addError(ReportFormInput.PERIOD, "本方案的报送日历中没有这个报告期，请从列表中选择。");
                return null;
            }
            case ReportService.IDEMPOTENCY_KEY_REUSED -> {
                return "这张表单已经提交过一份内容不同的报告。请重新打开任务页面，填写新的报告。";
            }
            case ReportService.VERSION_CONFLICT, ReportService.IDEMPOTENCY_KEY_IN_FLIGHT -> {
                return "同一时刻有另一份相同报告期的报告提交，本次未保存。请再次提交。";
            }
            default -> {
                if (!e.fields().isEmpty()) {
                    e.fields().forEach(f -> input.addError(f.field(), ReportFormInput.PERCENT.equals(f.field())
                            ? "牵头单位的正式报告须填写完成进度（0—100）。" : f.message()));
                    return null;
                }
                return e.getMessage();
            }
        }
    }

    private PageUser requireSupervisor(HttpHeaders headers, UriInfo uri, MultivaluedMap<String, String> form) {
        return session.requireSupervisorFormPost(headers, uri, form.getFirst(FormToken.FIELD), "只有督查室可以列入或取消重点督办。");
    }

    private Task find(String id, PageUser user) {
        try {
            return plans.task(Params.number("id", id));
        } catch (DomainException e) {
            throw PageSession.notFound(user, "未找到任务", "没有编号为“" + id + "”的任务。请从督查看板进入任务页面。");
        }
    }

    private static String notice(List<ReportApi.ReportView> history, String filed, String flag) {
        if ("set".equals(flag)) {
            return "已列入重点抽查督办。";
        }
        if ("cleared".equals(flag)) {
            return "已取消重点抽查督办。";
        }
        if (filed == null) {
            return null;
        }
        return history.stream().filter(r -> String.valueOf(r.id()).equals(filed)).findFirst()
                .map(r -> "已报送：" + r.year() + "年" + r.periodLabel() + "报告（" + r.department().name() + "，第 " + r.version() + " 版"
                        + (r.late() ? "，逾期报送" : "") + "）。")
                .orElse(null);
    }

    /** A key the form carried, when it is one the API would take; otherwise a new one. */
    private static String idempotencyKey(String sent) {
        return sent == null || sent.isBlank() || sent.length() > 200 ? UUID.randomUUID().toString() : sent;
    }

    /**
     * The provision live from gazette-service when the task comes from one; otherwise, or when
     * gazette-service is down or no longer has it, the copy kept with the task and a notice saying so.
     */
    private TaskPageModel.Source source(PlanApi.TaskView t) {
        PlanApi.SourceView kept = t.source();
        try {
            PlanApi.ProvisionView live = plans.liveProvision(t.id());
            return new TaskPageModel.Source(live.documentNumber(), live.path(), live.heading(), live.text(), null,
                    TaskPageModel.Source.readerUrl(config.gazette().publicUrl(), live.documentNumber(), live.path()));
        } catch (DomainException e) {
            String notice = switch (e.code()) {
                case PlanService.NO_GAZETTE_SOURCE -> null;
                case GazetteGateway.GAZETTE_UNAVAILABLE -> "公报服务暂时无法访问，以下为本系统保存的条文副本，可能不是最新版本。";
                default -> "公报服务中未找到该条款，以下为本系统保存的条文副本。";
            };
            return new TaskPageModel.Source(kept.documentNumber(), kept.reference(), null, kept.text(), notice,
                    TaskPageModel.Source.readerUrl(config.gazette().publicUrl(), kept.documentNumber(), kept.reference()));
        }
    }
}
