package gov.linzhi.subsidy.rules;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelBuilder;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.extensions.CelOptionalLibrary;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The language a rule set's conditions are written in: CEL (Common Expression Language: typed, side-effect
 * free, always terminating) over
 * <ul>
 *   <li>{@code facts.<name>}: each declared fact with its type, optional where a case may leave it out;</li>
 *   <li>{@code params["<id>"]}: the parameters in force on the training date, as numbers;</li>
 *   <li>{@code history.trainingClaimsInYear}, {@code history.occupationLevelUsed},
 *       {@code history.personallyPaidTrainingForOccupationLevel}: the person's recorded claims (a rule reading
 *       them is skipped when no person is named);</li>
 *   <li>{@code institution.standing}: the named institution in the catalogue, one of {@link #STANDINGS} (a rule
 *       reading it is skipped when the case names no institution);</li>
 *   <li>{@code addMonths(date, months)} and {@code date("YYYY-MM-DD")}.</li>
 * </ul>
 * One language per rule set: its facts are declared once, then every expression is compiled and type-checked
 * against them when the version loads.
 */
public final class ConditionLanguage {

    public static final Set<String> HISTORY = Set.of("trainingClaimsInYear", "occupationLevelUsed",
            "personallyPaidTrainingForOccupationLevel");
    public static final List<String> STANDINGS = java.util.Arrays.stream(InstitutionStanding.Standing.values()).map(Enum::name).toList();

    private static final CelOptions OPTIONS = CelOptions.current()
            .enableHeterogeneousNumericComparisons(true)
            .enableOptionalSyntax(true)
            .comprehensionMaxIterations(1_000)
            .maxParseRecursionDepth(64)
            .maxParseExpressionNodeCount(2_000)
            .build();

    private final Cel cel;
    private final Map<String, Fact> facts;

    public ConditionLanguage(Map<String, Fact> facts) {
        this.facts = facts;
        CelBuilder builder = CelFactory.standardCelBuilder()
                .setOptions(OPTIONS)
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .addCompilerLibraries(CelOptionalLibrary.INSTANCE)
                .addRuntimeLibraries(CelOptionalLibrary.INSTANCE)
                .setResultType(SimpleType.BOOL)
                .addVar("params", MapType.create(SimpleType.STRING, SimpleType.DOUBLE))
                .addVar("history.trainingClaimsInYear", SimpleType.INT)
                .addVar("history.occupationLevelUsed", SimpleType.BOOL)
                .addVar("history.personallyPaidTrainingForOccupationLevel", SimpleType.BOOL)
                .addVar("institution.standing", SimpleType.STRING)
                .addFunctionDeclarations(
                        CelFunctionDecl.newFunctionDeclaration("addMonths",
                                CelOverloadDecl.newGlobalOverload("addMonths_timestamp_int", SimpleType.TIMESTAMP,
                                        SimpleType.TIMESTAMP, SimpleType.INT)),
                        CelFunctionDecl.newFunctionDeclaration("date",
                                CelOverloadDecl.newGlobalOverload("date_string", SimpleType.TIMESTAMP, SimpleType.STRING)))
                .addFunctionBindings(
                        CelFunctionBinding.from("addMonths_timestamp_int", Instant.class, Long.class, ConditionLanguage::addMonths),
                        CelFunctionBinding.from("date_string", String.class, ConditionLanguage::date));
        for (Fact f : facts.values()) {
            builder.addVar("facts." + f.name(), f.type().celType(f.optional()));
        }
        this.cel = builder.build();
    }

    private static Instant addMonths(Instant date, Long months) {
        return date.atZone(ZoneOffset.UTC).toLocalDate().plusMonths(months).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant date(String iso) {
        try {
            return LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a date: " + iso);
        }
    }

    /**
     * A compiled condition and what it reads; {@code direct} evaluates it without the interpreter when it is of the
     * simplest shapes ({@link DirectCondition}), else null.
     */
    public record Condition(String source, CelRuntime.Program program, DirectCondition.Node direct, Set<String> facts,
                            Set<String> parameters, boolean readsHistory, boolean readsInstitution) {

        /** Evaluates the condition; a failure at run time (e.g. {@code .value()} of an absent fact) is the rule set's fault. */
        public boolean test(CelVariableResolver variables, String ruleId) {
            if (direct != null) {
                return (Boolean) direct.eval(variables);
            }
            try {
                return (Boolean) program.eval(variables);
            } catch (CelEvaluationException e) {
                throw new IllegalStateException("rule " + ruleId + ": the condition '" + source + "' failed: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Compiles one expression, or lists what is wrong with it: undeclared facts, parameters and history fields
     * by name, codes no enum fact declares, type errors as CEL reports them.
     *
     * @param where      what the problems name ("rule PRE_JOB_TRAINING_TOO_LATE")
     * @param parameters the parameter ids an expression may read (those with a value for the whole period)
     */
    public Condition compile(String where, String expression, Set<String> parameters, Collection<String> problems) {
        CelValidationResult parsed = cel.parse(expression);
        if (parsed.hasError()) {
            problems.add(where + ": the expression '" + expression + "' cannot be parsed: " + oneLine(parsed.getErrorString()));
            return null;
        }
        Set<String> readFacts = new LinkedHashSet<>();
        Set<String> readParameters = new LinkedHashSet<>();
        boolean history = false;
        boolean institution = false;
        List<String> own = new ArrayList<>();
        CelAbstractSyntaxTree ast;
        try {
            ast = parsed.getAst();
        } catch (dev.cel.common.CelValidationException e) {
            problems.add(where + ": " + oneLine(e.getMessage()));
            return null;
        }
        Set<String> codes = knownCodes();
        for (CelNavigableExpr node : CelNavigableAst.fromAst(ast).getRoot().allNodes().toList()) {
            CelExpr e = node.expr();
            switch (e.exprKind().getKind()) {
                case SELECT -> {
                    CelExpr operand = e.select().operand();
                    if (operand.exprKind().getKind() == CelExpr.ExprKind.Kind.IDENT) {
                        String root = operand.ident().name();
                        String field = e.select().field();
                        if (root.equals("facts")) {
                            if (!facts.containsKey(field)) {
                                own.add(where + ": the expression '" + expression + "' names the fact '" + field
                                        + "', which the rule set does not declare");
                            }
                            readFacts.add(field);
                        } else if (root.equals("history")) {
                            history = true;
                            if (!HISTORY.contains(field)) {
                                own.add(where + ": the expression '" + expression + "' reads history." + field + "; history has "
                                        + String.join(", ", HISTORY));
                            }
                        } else if (root.equals("institution")) {
                            institution = true;
                        }
                    }
                }
                case CALL -> {
                    if (e.call().function().equals("_[_]") && e.call().args().size() == 2
                            && e.call().args().get(0).exprKind().getKind() == CelExpr.ExprKind.Kind.IDENT
                            && e.call().args().get(0).ident().name().equals("params")) {
                        CelExpr key = e.call().args().get(1);
                        if (key.exprKind().getKind() != CelExpr.ExprKind.Kind.CONSTANT
                                || key.constant().getKind() != CelConstant.Kind.STRING_VALUE) {
                            own.add(where + ": the expression '" + expression + "' reads a parameter by a computed id; write it out: params[\"ID\"]");
                        } else {
                            String id = key.constant().stringValue();
                            readParameters.add(id);
                            if (!parameters.contains(id)) {
                                own.add(where + ": the expression '" + expression + "' reads the parameter '" + id
                                        + "', which the rule set does not define with a value for its whole period");
                            }
                        }
                    }
                }
                case CONSTANT -> {
                    if (e.constant().getKind() == CelConstant.Kind.STRING_VALUE) {
                        String literal = e.constant().stringValue();
                        if (literal.matches("[A-Z][A-Z0-9_]*") && !codes.contains(literal) && !parameters.contains(literal)) {
                            own.add(where + ": the expression '" + expression + "' names the code '" + literal
                                    + "', which is not a value of any enum or set fact, nor an institution standing");
                        }
                    }
                }
                default -> {
                }
            }
        }
        if (!own.isEmpty()) {
            problems.addAll(own);
            return null;
        }
        CelValidationResult checked = cel.check(ast);
        if (checked.hasError()) {
            problems.add(where + ": the expression '" + expression + "' does not type-check: " + oneLine(checked.getErrorString()));
            return null;
        }
        try {
            return new Condition(expression, cel.createProgram(checked.getAst()), DirectCondition.of(checked.getAst()).orElse(null),
                    Set.copyOf(readFacts), Set.copyOf(readParameters), history, institution);
        } catch (dev.cel.common.CelValidationException | CelEvaluationException e) {
            problems.add(where + ": " + oneLine(e.getMessage()));
            return null;
        }
    }

    private Set<String> knownCodes() {
        Set<String> codes = new LinkedHashSet<>(STANDINGS);
        for (Fact f : facts.values()) {
            codes.addAll(f.codes());
        }
        return codes;
    }

    private static String oneLine(String message) {
        return message.lines().filter(l -> l.startsWith("ERROR")).map(l -> l.replaceFirst("^ERROR: <input>:", "at "))
                .reduce((a, b) -> a + "; " + b).orElse(message.strip());
    }
}
