package gov.linzhi.subsidy.pages;

import gov.linzhi.subsidy.api.RuleSetMapper;
import gov.linzhi.subsidy.api.RuleSetView;
import gov.linzhi.subsidy.rules.RuleSet;
import gov.linzhi.subsidy.rulesets.RuleSetRegistry;
import gov.linzhi.subsidy.rules.RuleSets;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The rule set in force at {@code /rules}, as {@code GET /api/v1/rules} publishes it: the newest version, the one
 * deciding trainings completed {@code ?on=} a date, or {@code ?version=} one by name. 200; 400 for a date that is
 * not one (shown next to the field); 404 when no version matches.
 */
@Path("/rules")
@PermitAll
public class RulesPages {

    @Inject
    RuleSetRegistry registry;

    @Inject
    RuleSetMapper mapper;

    @GET
    @Produces(Templates.HTML)
    @Operation(hidden = true)
    public Response rules(@QueryParam("on") String on, @QueryParam("version") String version) {
        List<RuleSetView.VersionView> versions = registry.records().stream().map(mapper::version).toList();
        String typed = on == null ? "" : on;
        RuleSets sets = registry.current();
        Optional<RuleSet> set;
        LocalDate standardsOn = null;
        if (version != null && !version.isBlank()) {
            set = sets.byVersion(version.strip());
        } else if (!typed.isBlank()) {
            LocalDate date;
            try {
                date = LocalDate.parse(typed.strip());
            } catch (DateTimeParseException e) {
                return page(Response.Status.BAD_REQUEST, RulesPageModel.without(versions, typed, "不是有效日期，请按 年-月-日 填写，如 2020-06-30"));
            }
            set = sets.inForce(date);
            standardsOn = date;
        } else {
            set = sets.latest();
        }
        LocalDate amountsOn = standardsOn;
        return set.map(s -> page(Response.Status.OK, RulesPageModel.of(mapper.view(s, registry.record(s.version())),
                        StandardsTable.of(s, amountsOn != null ? amountsOn : s.effectiveFrom()), versions, typed)))
                .orElseGet(() -> page(Response.Status.NOT_FOUND, RulesPageModel.without(versions, typed, null)));
    }

    private static Response page(Response.Status status, RulesPageModel view) {
        return Templates.page(status, Templates.rules(view));
    }
}
