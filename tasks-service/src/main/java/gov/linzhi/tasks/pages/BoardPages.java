package gov.linzhi.tasks.pages;

import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.tasks.departments.DepartmentRegistry;
import gov.linzhi.tasks.exports.ExportTables;
import gov.linzhi.tasks.exports.Exporter;
import gov.linzhi.tasks.plans.Plan;
import gov.linzhi.tasks.plans.PlanService;
import gov.linzhi.tasks.rest.Params;
import gov.linzhi.tasks.supervision.SupervisionApi;
import gov.linzhi.tasks.supervision.SupervisionService;
import gov.linzhi.tasks.supervision.rag.Rag;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The supervision board (督查看板) at {@code /}: one plan at one date, read through the same
 * {@link SupervisionService#view} and parameter parsing as {@code GET /api/v1/supervision}.
 */
@Path("/")
@Produces(Html.TYPE)
public class BoardPages {

    @Inject
    PageSession session;

    @Inject
    PlanService plans;

    @Inject
    SupervisionService supervision;

    @Inject
    DepartmentRegistry departments;

    /**
     * 200 with the board; 400 with the form re-rendered when {@code asOf} or {@code plan} is bad (the
     * problem next to the field, what was typed kept), so tools see the request was refused.
     */
    @GET
    @Operation(hidden = true)
    public Response board(@QueryParam("asOf") String asOf, @QueryParam("plan") String plan,
                          @QueryParam("department") String department, @QueryParam("status") String status,
                          @Context HttpHeaders headers, @Context UriInfo uri) {
        PageUser user = session.requireReader(headers, uri);
        String asOfError = null;
        String planError = null;
        LocalDate date = null;
        try {
            date = Params.date("asOf", asOf);
        } catch (DomainException e) {
            asOfError = "日期格式不正确，请按“年-月-日”填写，例如 2020-07-06。";
        }
        Optional<Plan> chosen = Optional.empty();
        try {
            Long planId = Params.number("plan", plan);
            chosen = planId == null ? plans.defaultPlan() : Optional.of(plans.plan(planId));
        } catch (DomainException e) {
            planError = PlanService.PLAN_NOT_FOUND.equals(e.code()) ? "没有这个方案，请从列表中选择。" : "方案编号应为整数，请从列表中选择。";
        }
        String statusError = null;
        Rag rag = null;
        if (status != null && !status.isBlank()) {
            try {
                rag = Rag.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                statusError = "没有这个状态，请从列表中选择。";
            }
        }
        String shownDepartment = department == null || department.isBlank() ? null : department.strip();
        BoardPageModel.Board board = null;
        if (asOfError == null && planError == null && statusError == null && chosen.isPresent()) {
            Plan p = chosen.get();
            SupervisionApi.View view = supervision.view(date, p.id);
            board = BoardPageModel.board(p.id, p.title, p.startYear, p.endYear, view, departments.officialOrder(),
                    new BoardPageModel.Filter(shownDepartment, rag), TrainingGauge.of(supervision.trainingTarget(view.year())));
        }
        long selected = chosen.map(p -> p.id).orElse(-1L);
        List<BoardPageModel.PlanOption> options = plans.plans().stream()
                .map(p -> new BoardPageModel.PlanOption(p.id, p.code, p.title, p.id == selected)).toList();
        String shownDate = asOfError != null ? asOf : board != null ? board.view().asOf().toString() : asOf;
        String shownPlan = chosen.map(p -> String.valueOf(p.id)).orElse(plan);
        BoardPageModel.Form form = new BoardPageModel.Form(shownDate, shownPlan, asOfError, planError, statusError);
        return Html.page(form.hasErrors() ? 400 : 200,
                PageTemplates.board(new PageFrame("督查看板", "board", user), new BoardPageModel(form, options, board)));
    }

    /**
     * The board's view as the office's Excel workbook (or the task sheet as CSV), for the signed-in reader: the same
     * file as the API's GET /supervision/export, through the page session (the API takes bearer tokens only).
     */
    @GET
    @Path("board/export")
    @Produces({"text/csv", Exporter.XLSX})
    @Operation(hidden = true)
    public Response export(@QueryParam("asOf") String asOf, @QueryParam("plan") String plan, @QueryParam("format") String format,
                           @Context HttpHeaders headers, @Context UriInfo uri) {
        PageUser user = session.requireReader(headers, uri);
        try {
            Exporter.Format f = Params.format(format);
            SupervisionApi.View view = supervision.view(Params.date("asOf", asOf), Params.number("plan", plan));
            return Params.download(ExportTables.supervision(view), f, "督查情况-" + view.asOf());
        } catch (DomainException e) {
            throw new PageException(Html.page(e.kind() == DomainException.Kind.NOT_FOUND ? 404 : 400,
                    PageTemplates.error(new PageFrame("请求有误", "", user), ErrorPageModel.badRequest("无法导出：" + e.getMessage()))));
        }
    }
}
