package gov.linzhi.subsidy.pages;

import gov.linzhi.subsidy.facts.FactMapper;
import gov.linzhi.subsidy.facts.FactView;
import gov.linzhi.subsidy.rules.RuleSet;
import gov.linzhi.subsidy.rulesets.RuleSetRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/**
 * 填报事项 at {@code /facts}: every fact the newest rule set reads, in Chinese, as {@code GET /api/v1/facts} lists
 * it: what it means, how it is written, its values, its default, which programmes ask for it and where the plan
 * says so. 200; 404 when no rule set is loaded.
 */
@Path("/facts")
@PermitAll
public class FactsPages {

    @Inject
    RuleSetRegistry registry;

    @Inject
    FactMapper mapper;

    /** The page's data: the version and its facts. */
    public record FactsPageModel(String version, List<FactView> facts, java.util.Map<String, String> programmes) {
    }

    @GET
    @Produces(Templates.HTML)
    @Operation(hidden = true)
    public Response facts() {
        RuleSet set = registry.current().latest().orElse(null);
        if (set == null) {
            return Templates.page(Response.Status.NOT_FOUND, Templates.facts(new FactsPageModel(null, List.of(), java.util.Map.of())));
        }
        java.util.Map<String, String> programmes = new java.util.LinkedHashMap<>();
        set.programmes().values().forEach(p -> programmes.put(p.code().name(), p.labelZh()));
        return Templates.page(Response.Status.OK, Templates.facts(new FactsPageModel(set.version(), mapper.facts(set), programmes)));
    }
}
