package gov.linzhi.tasks.pages;

import gov.linzhi.platform.audit.ActorNames;
import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.platform.problem.Problem;
import gov.linzhi.tasks.exports.ExportTables;
import gov.linzhi.tasks.exports.Exporter;
import gov.linzhi.tasks.plans.Plan;
import gov.linzhi.tasks.plans.PlanApi;
import gov.linzhi.tasks.plans.PlanService;
import gov.linzhi.tasks.plans.TaskCsv;
import gov.linzhi.tasks.plans.TaskRow;
import gov.linzhi.tasks.plans.TaskSheet;
import gov.linzhi.tasks.rest.Params;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's page at {@code /plans/{id}}: its reporting calendar, which the office edits there (the API's
 * {@code PUT /plans/{id}/calendar}, audited alike), and its task list, downloaded as Excel or CSV and, by the
 * office, uploaded again after editing (the API's {@code POST /plans/{id}/tasks/import}, all or nothing).
 */
@Path("/plans")
@Produces(Html.TYPE)
public class PlanPages {

    /** New rows the calendar form offers below the plan's periods. */
    private static final int BLANK_ROWS = 2;

    @Inject
    PageSession session;

    @Inject
    PlanService plans;

    @Inject
    Validator validator;

    /** 200; the HTML 404 page for an unknown plan. {@code calendar=saved} and the import counts say what a form did. */
    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public Response plan(@PathParam("id") String id, @QueryParam("calendar") String calendar, @QueryParam("created") Integer created,
                         @QueryParam("updated") Integer updated, @QueryParam("unchanged") Integer unchanged,
                         @Context HttpHeaders headers, @Context UriInfo uri) {
        PageUser user = session.requireReader(headers, uri);
        Plan plan = find(id, user);
        String notice = "saved".equals(calendar) ? "报送日历已保存。"
                : created != null && updated != null && unchanged != null
                ? "任务清单已导入：新增 " + created + " 项，更新 " + updated + " 项，未变 " + unchanged + " 项。" : null;
        return render(200, user, plan, rowsOf(plan), plan.countiesReport(), null, null, List.of(), notice);
    }

    /** 303 to the plan's page with the new calendar; 400 with the rows as typed and the problem beside each field. */
    @POST
    @Path("/{id}/calendar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response changeCalendar(@PathParam("id") String id, MultivaluedMap<String, String> form,
                                   @Context HttpHeaders headers, @Context UriInfo uri) {
        PageUser user = requireSupervisor(headers, uri, form.getFirst(FormToken.FIELD));
        Plan plan = find(id, user);
        CalendarFormInput input = CalendarFormInput.read(form);
        input.addViolations(validator.validate(input.body()));
        if (!input.hasErrors()) {
            try {
                plans.changeCalendar(plan.id, input.body().entries(), input.countiesReport(), ActorNames.fit(user.name()));
                return Html.seeOther("/plans/" + plan.id + "?calendar=saved#calendar");
            } catch (DomainException e) {
                String field = e.fields().isEmpty() ? "" : e.fields().get(0).field();
                input.addProblem(field, field.endsWith(".due") ? "不是有效的月-日，请按 MM-DD 填写，例如 07-05。"
                        : "日历无效：" + e.getMessage() + "（每个报告期只能出现一次）");
            }
        }
        return render(400, user, plan, input.rows(), input.countiesReport(), input.generalError(), null, List.of(), null);
    }

    /**
     * 303 to the plan's page with the counts; 400 or 422 with what is wrong (each problem naming its row) and
     * nothing imported. An .xlsx is read by its headers, anything else as CSV (the API's columns or the export's).
     */
    @POST
    @Path("/{id}/tasks/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public Response importTasks(@PathParam("id") String id, @RestForm("csrf") String csrf, @RestForm("file") FileUpload file,
                                @Context HttpHeaders headers, @Context UriInfo uri) {
        PageUser user = requireSupervisor(headers, uri, csrf);
        Plan plan = find(id, user);
        if (file == null || file.size() == 0) {
            return render(400, user, plan, rowsOf(plan), plan.countiesReport(), null, "请选择要导入的文件（.xlsx 或 .csv）。", List.of(), null);
        }
        try {
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            LinkedHashMap<String, TaskRow> rows = isWorkbook(bytes) ? TaskSheet.parse(bytes)
                    : TaskCsv.parse(new String(bytes, StandardCharsets.UTF_8));
            PlanService.Outcome o = plans.importRows(plan.id, rows, ActorNames.fit(user.name()));
            return Html.seeOther("/plans/" + plan.id + "?created=" + o.created() + "&updated=" + o.updated()
                    + "&unchanged=" + o.unchanged() + "#import");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DomainException e) {
            List<Problem.Violation> violations = e.fields().stream().map(f -> new Problem.Violation(f.field(), f.message())).toList();
            String message = "未导入任何任务。" + (violations.isEmpty() ? e.getMessage() : "共 " + violations.size() + " 处问题，见下表：");
            int status = e.kind() == DomainException.Kind.UNPROCESSABLE ? 422 : 400;
            return render(status, user, plan, rowsOf(plan), plan.countiesReport(), null, message, violations, null);
        }
    }

    /** The plan's task list as the export writes it (Excel, or CSV), for the signed-in reader. */
    @GET
    @Path("/{id}/export")
    @Produces({"text/csv", Exporter.XLSX})
    @Operation(hidden = true)
    public Response export(@PathParam("id") String id, @QueryParam("format") String format,
                           @Context HttpHeaders headers, @Context UriInfo uri) {
        PageUser user = session.requireReader(headers, uri);
        Plan plan = find(id, user);
        Exporter.Format f;
        try {
            f = Params.format(format);
        } catch (DomainException e) {
            throw new PageException(Html.page(400, PageTemplates.error(new PageFrame("请求有误", "", user),
                    ErrorPageModel.badRequest("格式只能是 xlsx 或 csv。"))));
        }
        return Params.download(ExportTables.plan(plan, plans.tasks(plan.id), plans.latestOfficialReports(plan)), f, plan.code + "-任务及最新进展");
    }

    private Response render(int status, PageUser user, Plan plan, List<CalendarFormInput.Row> rows, boolean countiesReport,
                            String calendarError, String importError, List<Problem.Violation> violations, String notice) {
        boolean editable = user.isSupervisor();
        List<CalendarFormInput.Row> shown = new ArrayList<>(rows);
        if (editable) {
            for (int i = 0; i < BLANK_ROWS; i++) {
                shown.add(new CalendarFormInput.Row(shown.size(), "", "", "", false, "OFFICE_ASSIGNED", false, Map.of()));
            }
        }
        PlanPageModel model = new PlanPageModel(plan.id, plan.code, plan.title, plan.startYear, plan.endYear,
                plan.reportingCalendar().issuedOn(), editable, shown, countiesReport, calendarError, importError, violations, notice,
                user.formToken());
        return Html.page(status, PageTemplates.plan(new PageFrame(plan.title, "", user), model));
    }

    private static List<CalendarFormInput.Row> rowsOf(Plan plan) {
        List<PlanApi.CalendarPeriod> periods = PlanApi.Calendar.of(plan).periods();
        List<CalendarFormInput.Row> rows = new ArrayList<>();
        for (PlanApi.CalendarPeriod p : periods) {
            rows.add(new CalendarFormInput.Row(rows.size(), p.period().name(), p.label(), p.due(), p.dueYearOffset() == 1,
                    p.basis().name(), false, Map.of()));
        }
        return rows;
    }

    /** An .xlsx is a zip: it starts with the local file header's signature. */
    private static boolean isWorkbook(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private PageUser requireSupervisor(HttpHeaders headers, UriInfo uri, String csrf) {
        return session.requireSupervisorFormPost(headers, uri, csrf, "只有督查室可以修改报送日历和导入任务。");
    }

    private Plan find(String id, PageUser user) {
        try {
            return plans.plan(Params.number("id", id));
        } catch (DomainException e) {
            throw PageSession.notFound(user, "未找到方案", "没有编号为“" + id + "”的任务分解方案。请从督查看板进入。");
        }
    }
}
