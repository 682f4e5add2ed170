package gov.linzhi.subsidy.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.platform.http.ConditionalGet;
import gov.linzhi.platform.lists.ListPage;
import gov.linzhi.platform.lists.ListRequest;
import gov.linzhi.platform.problem.ApiException;
import gov.linzhi.subsidy.rules.ReasonCode;
import gov.linzhi.subsidy.rules.RuleSet;
import gov.linzhi.subsidy.rulesets.RuleSetRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;

/** The rule sets: published to everyone, new versions loaded by the HR bureau without a code change. */
@Path("/api/v1/rules")
@Tag(name = "Rules", description = "The versioned rule sets, their parameters, tables and citations")
@Produces(MediaType.APPLICATION_JSON)
public class RuleResource {

    public static final String RULE_SET_NOT_FOUND = "RULE_SET_NOT_FOUND";

    @Inject
    RuleSetRegistry registry;

    @Inject
    RuleSetMapper mapper;

    @Inject
    Callers callers;

    @Inject
    ObjectMapper json;

    @GET
    @PermitAll
    @Operation(summary = "The rule set in force",
            description = "With ?on=DATE the version that decides trainings completed on that date; without it the newest version.")
    @APIResponse(responseCode = "200", description = "The rule set with parameters, dated values and citations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleSetView.class)))
    @APIResponse(responseCode = "400", description = "Bad date", ref = OpenApiDefinitions.INVALID)
    @APIResponse(responseCode = "404", description = "No rule set is in force on that date (NO_RULES_IN_FORCE)")
    public RuleSetView getRulesInForce(@Parameter(description = "Training completion date", example = "2020-06-30") @QueryParam("on") LocalDate on) {
        var sets = registry.current();
        RuleSet set = (on == null ? sets.latest() : sets.inForce(on)).orElseThrow(() -> ApiException.notFound(
                ReasonCode.NO_RULES_IN_FORCE.name(), "no rule set is in force for trainings completed on " + on));
        return mapper.view(set, registry.record(set.version()));
    }

    @GET
    @Path("/versions")
    @PermitAll
    @Operation(summary = "Every loaded rule-set version", description = "Oldest first, with effective date, source and checksum.")
    @APIResponse(responseCode = "200", description = "The versions")
    public ListPage<RuleSetView.VersionView> listRuleSetVersions(@BeanParam ListRequest list, @Context UriInfo request) {
        return ListPage.slice(registry.records().stream().map(mapper::version).toList(), list.page, list.size, request);
    }

    @GET
    @Path("/versions/{version}")
    @PermitAll
    @Operation(summary = "One rule-set version in full")
    @APIResponse(responseCode = "200", description = "The rule set; a version never changes, so it carries a strong ETag and "
            + "Cache-Control: max-age=31536000, public, immutable (If-None-Match with the tag: 304)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleSetView.class)))
    @APIResponse(responseCode = "404", description = "No such version (RULE_SET_NOT_FOUND) (NO_RULES_IN_FORCE)")
    public Response version(@Parameter(example = "2019-2021.2") @PathParam("version") String version, @Context Request request) {
        RuleSet set = registry.current().byVersion(version)
                .orElseThrow(() -> ApiException.notFound(RULE_SET_NOT_FOUND, "no rule-set version " + version));
        // a loaded version never changes (a changed rule set gets a new version): cacheable for good, tagged
        return ConditionalGet.json(request, json, mapper.view(set, registry.record(version)), ConditionalGet.Mutability.IMMUTABLE);
    }

    @GET
    @Path("/versions/{version}")
    @PermitAll
    // below JSON for a client that accepts anything (qs): YAML only when asked for
    @Produces({"application/yaml;qs=0.5", "application/x-yaml;qs=0.5", "text/yaml;qs=0.5"})
    @Operation(summary = "One rule-set version as it was loaded",
            description = "With Accept: application/yaml, the text of the version exactly as it was loaded (the built-in file, or the "
                    + "uploaded text): a starting point for the next version.")
    @APIResponse(responseCode = "200", description = "The rule-set text, with its own strong ETag, cacheable for good",
            content = @Content(mediaType = "application/yaml", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such version (RULE_SET_NOT_FOUND) (NO_RULES_IN_FORCE)")
    public Response getRuleSetVersion(@Parameter(example = "2019-2021.2") @PathParam("version") String version, @Context Request request) {
        String text = registry.current().byVersion(version).flatMap(set -> registry.source(version))
                .orElseThrow(() -> ApiException.notFound(RULE_SET_NOT_FOUND, "no rule-set version " + version));
        return ConditionalGet.text(request, text, MediaType.valueOf("application/yaml"), ConditionalGet.Mutability.IMMUTABLE);
    }

    @POST
    @Path("/versions")
    @RolesAllowed(Callers.HR_BUREAU)
    @Consumes({"application/yaml", "application/x-yaml", "text/yaml", MediaType.APPLICATION_JSON})
    @Operation(summary = "Load a new rule-set version",
            description = "The file in the format of rules/2019-2021/rule-set.yaml (YAML or JSON). It is validated against the schema and "
                    + "checked: programmes, facts and reasons declared, every condition (CEL) compiled and type-checked against the declared "
                    + "facts and parameters, tables without gaps or overlaps, citations that resolve, parameter periods; then its policy "
                    + "cases (cases:) run. A refusal lists every problem, naming the rule and the expression. "
                    + "Stored in MariaDB, so every instance uses it; it decides trainings completed from its effectiveFrom on.")
    @RequestBody(content = @Content(mediaType = "application/yaml", schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "new version", value = Examples.RULE_SET_UPLOAD)))
    @APIResponse(responseCode = "201", description = "Loaded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleSetView.VersionView.class)))
    @APIResponse(responseCode = "400", description = "No body", ref = OpenApiDefinitions.INVALID)
    @APIResponse(responseCode = "401", description = "No valid token", ref = OpenApiDefinitions.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "Not hr-bureau", ref = OpenApiDefinitions.FORBIDDEN)
    @APIResponse(responseCode = "409", description = "Version name or effective date already taken (RULE_SET_VERSION_EXISTS)")
    @APIResponse(responseCode = "413", description = "Body too large (BODY_TOO_LARGE)")
    @APIResponse(responseCode = "422", description = "The rule set fails its schema or consistency check; every problem is listed (RULE_SET_REJECTED)")
    public Response loadRuleSetVersion(@Valid @NotNull String body, @Context UriInfo uri) {
        RuleSet set = registry.load(body, callers.name());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/rules/versions/{v}").build(set.version()))
                .entity(mapper.version(registry.record(set.version()))).build();
    }
}
