package gov.linzhi.tasks.pages;

import gov.linzhi.tasks.config.TasksConfig;
import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.tasks.clients.GazetteGateway;
import gov.linzhi.tasks.plans.PlanApi;
import gov.linzhi.tasks.plans.PlanService;
import gov.linzhi.tasks.plans.Task;
import gov.linzhi.tasks.reports.ReportApi;
import gov.linzhi.tasks.reports.ReportService;
import gov.linzhi.tasks.rest.Params;
import gov.linzhi.tasks.supervision.SupervisionApi;
import gov.linzhi.tasks.supervision.SupervisionService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.util.List;

/**
 * A task's page at {@code /tasks/{id}} (the API's task ids), read through the same services as
 * {@code GET /api/v1/tasks/{id}}, {@code /provision}, {@code /reports} and {@code /api/v1/supervision}.
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

    /** 200; the HTML 404 page for an unknown (or non-numeric) id; the HTML 400 page for a bad {@code asOf}. */
    @GET
    @Path("/{id}")
    @Operation(hidden = true)
    public Response task(@PathParam("id") String id, @QueryParam("asOf") String asOf,
                         @Context HttpHeaders headers, @Context UriInfo uri) {
        PageUser user = session.requireReader(headers, uri);
        Task task;
        LocalDate date;
        try {
            task = plans.task(Params.number("id", id));
        } catch (DomainException e) {
            throw new PageException(Html.page(404, PageTemplates.error(new PageFrame("未找到任务", "", user),
                    ErrorPageModel.notFound("没有编号为“" + id + "”的任务。请从督查看板进入任务页面。"))));
        }
        try {
            date = Params.date("asOf", asOf);
        } catch (DomainException e) {
            throw new PageException(Html.page(400, PageTemplates.error(new PageFrame("请求有误", "", user),
                    ErrorPageModel.badRequest("日期“" + asOf + "”格式不正确，请按“年-月-日”填写，例如 2020-07-06。"))));
        }
        PlanApi.TaskView view = PlanApi.TaskView.of(task);
        SupervisionApi.View board = supervision.view(date, task.plan.id);
        SupervisionApi.TaskStatus status = board.tasks().stream().filter(s -> s.taskId().equals(task.id)).findFirst().orElse(null);
        List<ReportApi.ReportView> history = reports.historyViews(task.id);
        TaskPageModel model = new TaskPageModel(view, task.plan.title, board.asOf(), status, source(view),
                IndicatorProgress.of(view.indicators(), history), history);
        return Html.page(200, PageTemplates.task(new PageFrame(view.code() + " " + view.text(), "", user), model));
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
