package gov.linzhi.subsidy.facts;

import gov.linzhi.platform.lists.ListPage;
import gov.linzhi.platform.lists.ListRequest;
import gov.linzhi.platform.problem.ApiException;
import gov.linzhi.subsidy.api.RuleResource;
import gov.linzhi.subsidy.rules.RuleSet;
import gov.linzhi.subsidy.rulesets.RuleSetRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/** The facts a rule-set version reads: what an integrator needs to build a form. */
@Path("/api/v1/facts")
@Tag(name = "Rules", description = "The versioned rule sets, their facts, parameters, tables and citations")
@Produces(MediaType.APPLICATION_JSON)
public class FactResource {

    @Inject
    RuleSetRegistry registry;

    @Inject
    FactMapper mapper;

    @GET
    @PermitAll
    @Operation(summary = "The facts a rule-set version reads",
            description = "Name, type, allowed values with Chinese and English labels, default, the programmes that need each fact and "
                    + "its citation. Without ?version= the newest version. A request that gives a fact the version in force does not "
                    + "declare is refused with UNKNOWN_FIELD.")
    @APIResponse(responseCode = "200", description = "The facts, in the order the rule set declares them (the programme first)")
    @APIResponse(responseCode = "404", description = "No such version (RULE_SET_NOT_FOUND)")
    public ListPage<FactView> listFacts(@Parameter(description = "A rule-set version", example = "2019-2021.2") @QueryParam("version") String version, @BeanParam ListRequest list, @Context UriInfo request) {
        var sets = registry.current();
        RuleSet set = (version == null ? sets.latest() : sets.byVersion(version))
                .orElseThrow(() -> ApiException.notFound(RuleResource.RULE_SET_NOT_FOUND,
                        version == null ? "no rule set is loaded" : "no rule-set version " + version));
        return ListPage.slice(mapper.facts(set), list.page, list.size, request);
    }
}
