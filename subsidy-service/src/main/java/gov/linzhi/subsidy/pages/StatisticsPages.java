package gov.linzhi.subsidy.pages;

import gov.linzhi.subsidy.api.DecisionMapper;
import gov.linzhi.subsidy.api.DecisionView.CitationView;
import gov.linzhi.subsidy.rules.RuleSet;
import gov.linzhi.subsidy.rules.RuleSetDocument;
import gov.linzhi.subsidy.rulesets.RuleSetRegistry;
import gov.linzhi.subsidy.statistics.StatisticsResource;
import gov.linzhi.subsidy.statistics.StatisticsService;
import gov.linzhi.subsidy.statistics.StatisticsView;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Statistics against the plan's targets at {@code /statistics}: the plan years of the newest rule set as a chart
 * and a table, and {@code ?year=} (default this year, as the API) by programme and level. 200; 400 with the
 * problem next to the field for a year the API would refuse.
 */
@Path("/statistics")
@PermitAll
public class StatisticsPages {

    @Inject
    StatisticsService statistics;

    @Inject
    RuleSetRegistry registry;

    @Inject
    DecisionMapper citations;

    @Inject
    Clock clock;

    @GET
    @Produces(Templates.HTML)
    @Operation(hidden = true)
    public Response statistics(@QueryParam("year") String year) {
        Optional<RuleSet> plan = registry.current().latest();
        List<StatisticsView> planYears = plan.map(s -> s.document().targets().years().stream()
                .map(RuleSetDocument.YearTarget::year).map(statistics::forYear).toList()).orElse(List.of());
        Integer planTarget = plan.map(RuleSet::planPeriodTarget).orElse(null);
        CitationView targetsCitation = plan.map(RuleSet::targetsCitation).map(citations::citation).orElse(null);
        String typed = year == null ? "" : year.strip();
        if (!typed.isEmpty() && !typed.matches(StatisticsResource.YEAR)) {
            return Templates.page(Response.Status.BAD_REQUEST, Templates.statistics(StatisticsPageModel.of(planYears, planTarget,
                    targetsCitation, null, year, "请填写2000至2100之间的年份，如 2020")));
        }
        int selected = typed.isEmpty() ? LocalDate.now(clock).getYear() : Integer.parseInt(typed);
        return Templates.page(Response.Status.OK, Templates.statistics(StatisticsPageModel.of(planYears, planTarget, targetsCitation,
                statistics.forYear(selected), typed.isEmpty() ? Integer.toString(selected) : year, null)));
    }
}
