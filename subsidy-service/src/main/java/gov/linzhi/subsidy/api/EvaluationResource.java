package gov.linzhi.subsidy.api;

import gov.linzhi.subsidy.evaluations.EvaluationService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Dry-run evaluations: public without a personId, {@code hr-bureau} with one (it reads history). */
@Path("/api/v1/evaluations")
@Tag(name = "Evaluations", description = "Dry runs of the rule engine; nothing is stored")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class EvaluationResource {

    @Inject
    EvaluationService evaluations;

    @Inject
    Callers callers;

    /** Worker threads that carry the request context (identity, CDI request scope) over from the I/O thread. */
    @Inject
    ManagedExecutor workers;

    /** Which path each evaluation took, as the metric {@code subsidy.evaluations} with tag {@code path} (memory, worker). */
    private final Counter inMemory;
    private final Counter onWorker;

    @Inject
    public EvaluationResource(MeterRegistry registry) {
        inMemory = Counter.builder(PATH_METRIC).tag("path", "memory")
                .description("evaluations decided on the I/O thread from the rule sets in memory").register(registry);
        onWorker = Counter.builder(PATH_METRIC).tag("path", "worker")
                .description("evaluations decided on a worker thread (database, role check or rule sets due)").register(registry);
    }

    public static final String PATH_METRIC = "subsidy.evaluations";

    @POST
    @Operation(summary = "Evaluate one case",
            description = "Eligibility, amount, lines with citations and every failed condition. Public without personId (history rules "
                    + "skipped, as the answer says); with personId the caller needs the hr-bureau role.")
    @RequestBody(content = @Content(schema = @Schema(implementation = EvaluationRequest.class),
            examples = {@ExampleObject(name = "apprenticeship", value = Examples.EVALUATION_REQUEST),
                    @ExampleObject(name = "key group, amount not configured", value = Examples.NOT_CONFIGURED_REQUEST)}))
    @APIResponse(responseCode = "200", description = "The decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionView.class),
                    examples = {@ExampleObject(name = "eligible", value = Examples.EVALUATION_RESPONSE),
                            @ExampleObject(name = "incomplete (amount not configured)", value = Examples.NOT_CONFIGURED_RESPONSE),
                            @ExampleObject(name = "refused", value = Examples.REFUSAL_RESPONSE)}))
    @APIResponse(responseCode = "400", description = "Invalid case (bad resident ID or credit code, unknown enum value, missing field, "
            + "UNKNOWN_FIELD for a property or fact the rule-set version in force does not declare)", ref = OpenApiDefinitions.INVALID)
    @APIResponse(responseCode = "401", description = "personId given without a valid token", ref = OpenApiDefinitions.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "personId given without the hr-bureau role", ref = OpenApiDefinitions.FORBIDDEN)
    // Threading: @NonBlocking, so the method runs on the I/O thread that read the request, and only a case that
    // needs I/O moves to a worker thread. A public case naming no person, project or institution is decided from
    // the rule sets in memory: no database (EvaluationService.evaluateInMemory checks readsDatabase, and the rule
    // sets are used only while fresh, see RuleSetRegistry.loadedIfFresh), no audit (evaluations are dry runs and
    // are not audited), no role check (@PermitAll, the identity is not even resolved), no logging; the HTTP
    // metrics are recorded by Vert.x on the I/O thread whatever the endpoint. Everything else - a personId (role
    // check, history), a projectId or an institution (catalogue), or rule sets due for a look at the database -
    // runs exactly as before on a worker thread, with the request context (identity, transactions) propagated.
    // Together with the smaller changes (subsidy-service README, Benchmarks) this took the ratio to GET /ping
    // (a worker-thread endpoint) from 0.48 to 0.89 in bench/run.sh; the parts were not measured one by one.
    // A CompletionStage rather than a Uni: a completed future captures no context, where every Uni created
    // captures the propagated contexts whether or not it ever changes thread.
    @NonBlocking
    public CompletionStage<DecisionView> evaluateEligibility(@Valid @NotNull EvaluationRequest body) {
        if (!EvaluationService.readsDatabase(body)) {
            DecisionView decided = evaluations.evaluateInMemory(body);
            if (decided != null) {
                inMemory.increment();
                return CompletableFuture.completedFuture(decided);
            }
        }
        onWorker.increment();
        return workers.supplyAsync(() -> evaluateBlocking(body));
    }

    private DecisionView evaluateBlocking(EvaluationRequest body) {
        if (body.personId() != null) {
            callers.require(Callers.HR_BUREAU);
        }
        return evaluations.evaluate(body);
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Evaluate up to 10,000 cases",
            description = "The same answers as one-by-one evaluation, in the order of the cases. Cases with a personId need hr-bureau.")
    @RequestBody(content = @Content(schema = @Schema(implementation = BatchRequest.class),
            examples = @ExampleObject(name = "two cases", value = Examples.BATCH_REQUEST)))
    @APIResponse(responseCode = "200", description = "The decisions, in order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResponse.class),
                    examples = @ExampleObject(name = "two decisions", value = Examples.BATCH_RESPONSE)))
    @APIResponse(responseCode = "400", description = "An invalid case (violations name it, e.g. cases[3].personId) or more than 10,000 cases", ref = OpenApiDefinitions.INVALID)
    @APIResponse(responseCode = "401", description = "A case names a person and no valid token was given", ref = OpenApiDefinitions.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = "A case names a person and the caller lacks hr-bureau", ref = OpenApiDefinitions.FORBIDDEN)
    @APIResponse(responseCode = "413", description = "Body larger than linzhi.http.max-body-bytes (BODY_TOO_LARGE)")
    public BatchResponse evaluateBatch(@Valid @NotNull BatchRequest body) {
        if (body.cases().stream().anyMatch(c -> c.personId() != null)) {
            callers.require(Callers.HR_BUREAU);
        }
        var results = evaluations.evaluateAll(body.cases());
        return new BatchResponse(results.size(), results);
    }
}
