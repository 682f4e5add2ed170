package gov.linzhi.subsidy.rules;

import gov.linzhi.subsidy.rules.ConditionLanguage.Condition;
import gov.linzhi.subsidy.rules.RuleSetDocument.CitationRef;
import gov.linzhi.subsidy.rules.RuleSetDocument.DatedValue;
import gov.linzhi.subsidy.rules.RuleSetDocument.DocumentDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.ParameterDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.ProvisionDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.ReasonDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.RowDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.TableDef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * A checked, ready-to-run rule set: programmes, facts, reasons, parameters with dated values, decision tables
 * and ordered rules whose conditions are compiled, every citation resolved. Immutable; build it with
 * {@link RuleSetLoader}.
 *
 * <p>Longer than 300 lines on purpose: the set and its parts (programme, parameter, decision table, row, rule) are
 * one immutable aggregate, read together by the engine, and the part records are nested so that they are named by
 * the set they belong to ({@code RuleSet.Table}); the class itself is accessors and the simulation's copy.
 */
public final class RuleSet {

    private final RuleSetDocument document;
    private final Map<String, Fact> facts;
    private final Map<String, Condition> conditions;
    private final Map<Programme, ProgrammeInfo> programmes = new EnumMap<>(Programme.class);
    private final Map<ReasonCode, ReasonDef> reasons = new LinkedHashMap<>();
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final List<Rule> rules;
    private final Map<Programme, List<Rule>> rulesFor = new EnumMap<>(Programme.class);
    private final Citation periodCitation;
    private final Citation targetsCitation;
    /** Parameter values in force per training date, as expressions see them; bounded by the days of the period. */
    private final Map<LocalDate, Map<String, Double>> paramsOn = new ConcurrentHashMap<>();

    RuleSet(RuleSetDocument document, Map<String, Fact> facts, Map<String, Condition> conditions) {
        this.document = document;
        this.facts = facts;
        this.conditions = conditions;
        for (RuleSetDocument.ProgrammeDef p : document.programmes()) {
            programmes.put(Programme.valueOf(p.code()), new ProgrammeInfo(Programme.valueOf(p.code()), p.labelZh(), p.labelEn(),
                    Payee.valueOf(p.payee()), resolve(p.citation())));
        }
        for (ReasonDef r : document.reasons()) {
            reasons.put(ReasonCode.of(r.code()), r);
        }
        for (ParameterDef p : document.parameters()) {
            parameters.put(p.id(), new Parameter(p.id(), p.labelZh(), p.labelEn(), p.unit(), resolve(p.citation()),
                    List.copyOf(p.values())));
        }
        for (TableDef t : document.tables()) {
            List<Row> rows = new ArrayList<>();
            for (RowDef r : t.rows()) {
                Map<String, Set<String>> when = new LinkedHashMap<>();
                r.when().forEach((input, values) ->
                        when.put(input, values.stream().map(String::valueOf).collect(Collectors.toCollection(LinkedHashSet::new))));
                rows.add(new Row(r.id(), r.labelZh(), r.labelEn(), r.citation() == null ? null : resolve(r.citation()), when, r.then()));
            }
            tables.put(t.id(), new Table(t.id(), t.labelZh(), t.labelEn(), List.copyOf(t.inputs()), List.copyOf(rows),
                    Table.index(t.inputs(), rows, facts)));
        }
        this.rules = document.rules().stream()
                .map(r -> RuleSetRuleBuilder.builder()
                        .id(r.id())
                        .order(r.order())
                        .kind(RuleKind.valueOf(r.kind()))
                        .labelZh(r.labelZh())
                        .labelEn(r.labelEn())
                        .programmes(r.programmes() == null ? Set.copyOf(programmes.keySet())
                                : r.programmes().stream().map(Programme::valueOf).collect(Collectors.toUnmodifiableSet()))
                        .condition(conditions.get(r.id()))
                        .parameter(r.parameter())
                        .table(r.table())
                        .reason(r.reason() == null ? null : ReasonCode.of(r.reason()))
                        .fare(r.fare())
                        .note(r.note())
                        .citation(resolve(r.citation()))
                        .build())
                .sorted(Comparator.comparingInt(Rule::order))
                .toList();
        for (Programme p : programmes.keySet()) {
            rulesFor.put(p, rules.stream().filter(r -> r.appliesTo(p)).toList());
        }
        this.periodCitation = resolve(document.periodCitation());
        this.targetsCitation = resolve(document.targets().citation());
    }

    /** Resolves a citation reference against the documents; the consistency check guarantees it resolves. */
    Citation resolve(CitationRef ref) {
        return resolve(document, ref);
    }

    static Citation resolve(RuleSetDocument document, CitationRef ref) {
        DocumentDef doc = document.documents().stream().filter(d -> d.number().equals(ref.document())).findFirst()
                .orElseThrow(() -> new IllegalStateException("dangling citation " + ref.document()));
        if (ref.provision() == null) {
            return new Citation(doc.number(), null, doc.title(), doc.inGazette());
        }
        ProvisionDef provision = doc.provisions().stream().filter(p -> p.path().equals(ref.provision())).findFirst()
                .orElseThrow(() -> new IllegalStateException("dangling citation " + ref.document() + " " + ref.provision()));
        return new Citation(doc.number(), provision.path(), ref.quote() == null ? provision.text() : ref.quote(), doc.inGazette());
    }

    public String version() {
        return document.version();
    }

    public String title() {
        return document.title();
    }

    public LocalDate periodFrom() {
        return document.periodFrom();
    }

    public LocalDate periodTo() {
        return document.periodTo();
    }

    public LocalDate effectiveFrom() {
        return document.effectiveFrom();
    }

    /** Whether this set governs trainings completed on {@code date} (ignoring newer versions). */
    public boolean covers(LocalDate date) {
        return !date.isBefore(effectiveFrom()) && !date.isAfter(periodTo());
    }

    public RuleSetDocument document() {
        return document;
    }

    public Citation periodCitation() {
        return periodCitation;
    }

    public Citation targetsCitation() {
        return targetsCitation;
    }

    /** Every fact the set reads, in the order declared (the programme first). */
    public Map<String, Fact> facts() {
        return facts;
    }

    public Map<Programme, ProgrammeInfo> programmes() {
        return programmes;
    }

    public Optional<ProgrammeInfo> programme(Programme programme) {
        return Optional.ofNullable(programmes.get(programme));
    }

    public Map<ReasonCode, ReasonDef> reasons() {
        return reasons;
    }

    public Map<String, Parameter> parameters() {
        return parameters;
    }

    public Map<String, Table> tables() {
        return tables;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The rules that apply to a programme, in order. */
    List<Rule> rulesFor(Programme programme) {
        return rulesFor.getOrDefault(programme, List.of());
    }

    public Parameter parameter(String id) {
        Parameter p = parameters.get(id);
        if (p == null) {
            throw new IllegalArgumentException("unknown parameter " + id);
        }
        return p;
    }

    /** The configured parameters on a date, as conditions read them ({@code params["id"]}). */
    Map<String, Double> paramsOn(LocalDate date) {
        return paramsOn.computeIfAbsent(date, d -> {
            Map<String, Double> values = new HashMap<>();
            parameters.values().forEach(p -> p.valueOn(d).ifPresent(v -> values.put(p.id(), v.doubleValue())));
            return Map.copyOf(values);
        });
    }

    /** The plan's person-time target for a year, if the set names one. */
    public Optional<Integer> targetFor(int year) {
        return document.targets().years().stream().filter(t -> t.year() == year)
                .map(RuleSetDocument.YearTarget::personTimes).findFirst();
    }

    public int planPeriodTarget() {
        return document.targets().planPeriod();
    }

    /**
     * The same rule set with some parameters changed from a date on (for simulations): each change
     * replaces the parameter's values from {@code from} (default: the start of the period) onwards.
     * Parameters the set does not define are left alone; a parameter a condition reads cannot be left unconfigured.
     */
    public RuleSet withChanges(List<ParameterChange> changes) {
        Set<String> readByConditions = conditions.values().stream().flatMap(c -> c.parameters().stream()).collect(Collectors.toSet());
        List<ParameterDef> changed = new ArrayList<>();
        for (ParameterDef p : document.parameters()) {
            List<DatedValue> values = new ArrayList<>(p.values());
            for (ParameterChange change : changes) {
                if (!change.parameter().equals(p.id())) {
                    continue;
                }
                if (change.value() == null && readByConditions.contains(p.id())) {
                    throw new IllegalArgumentException("parameter " + p.id() + " is read by a condition and needs a value");
                }
                LocalDate from = change.from() == null || change.from().isBefore(periodFrom()) ? periodFrom() : change.from();
                List<DatedValue> kept = new ArrayList<>();
                for (DatedValue v : values) {
                    if (v.from().isBefore(from)) {
                        LocalDate to = v.to() == null || !v.to().isBefore(from) ? from.minusDays(1) : v.to();
                        kept.add(new DatedValue(v.from(), to, v.value()));
                    }
                }
                kept.add(new DatedValue(from, null, change.value()));
                values = kept;
            }
            changed.add(new ParameterDef(p.id(), p.labelZh(), p.labelEn(), p.unit(), p.citation(), values));
        }
        return new RuleSet(document.withParameters(changed), facts, conditions);
    }

    /** A changed parameter value for a simulation; {@code value} null means "not configured". */
    public record ParameterChange(String parameter, BigDecimal value, LocalDate from) {
    }

    /** How a rule acts. */
    public enum RuleKind {
        /** Refuses the case when its condition holds. */
        ELIGIBILITY,
        /** Looks up the standard amount in a decision table. */
        TABLE,
        /** Adds a parameter's amount when its condition holds. */
        SUPPLEMENT,
        /** Pays a fare fact times a parameter when its condition holds. */
        TRANSPORT,
        /** Allows a share of the subsidy in advance when its condition holds. */
        ADVANCE
    }

    /** A programme as the set states it: its labels, citation and default payee. */
    public record ProgrammeInfo(Programme code, String labelZh, String labelEn, Payee payee, Citation citation) {
    }

    /** A parameter with dated values; a null value means "not configured" for that stretch. */
    public record Parameter(String id, String labelZh, String labelEn, String unit, Citation citation, List<DatedValue> values) {

        /** The value on a date: empty when the value there is "not configured" or no entry covers the date. */
        public Optional<BigDecimal> valueOn(LocalDate date) {
            DatedValue found = null;
            for (int i = 0; i < values.size(); i++) {
                DatedValue v = values.get(i);
                LocalDate end = v.to() != null ? v.to()
                        : i + 1 < values.size() ? values.get(i + 1).from().minusDays(1) : LocalDate.MAX;
                if (!date.isBefore(v.from()) && !date.isAfter(end)) {
                    found = v;
                }
            }
            return found == null ? Optional.empty() : Optional.ofNullable(found.value());
        }

        /** Whether the parameter has a value on every day of a stretch (no "not configured" part). */
        public boolean alwaysConfigured() {
            return values.stream().allMatch(v -> v.value() != null);
        }
    }

    /**
     * A decision table over facts: exactly one row matches each case (checked at load), so the row of every
     * combination of input values is found once, when the set is built ({@link RowIndex}).
     */
    public record Table(String id, String labelZh, String labelEn, List<String> inputs, List<Row> rows, RowIndex index) {

        public Row match(Map<String, String> caseValues) {
            return match(caseValues::get);
        }

        /** The row for the value of each input (an enum's code, "true"/"false", "NONE" for a fact not given). */
        public Row match(java.util.function.Function<String, String> valueOf) {
            Row row = index.find(valueOf);
            if (row == null) {
                Map<String, String> values = new LinkedHashMap<>();
                inputs.forEach(input -> values.put(input, valueOf.apply(input)));
                throw new IllegalStateException("table " + id + " has no row for " + values);
            }
            return row;
        }

        static RowIndex index(List<String> inputs, List<Row> rows, Map<String, Fact> facts) {
            return RowIndex.of(inputs, rows, input -> facts.get(input) == null ? null : facts.get(input).tableValues());
        }

        /**
         * Every combination of the inputs' values, in input order; empty when an input has no values (it is not an
         * enum or bool fact: the consistency check says so).
         */
        static List<Map<String, String>> combinations(List<String> inputs, java.util.function.Function<String, List<String>> valuesOf) {
            List<Map<String, String>> combinations = new ArrayList<>();
            combinations.add(new LinkedHashMap<>());
            for (String input : inputs) {
                List<String> values = valuesOf.apply(input);
                if (values == null) {
                    return List.of();
                }
                List<Map<String, String>> next = new ArrayList<>();
                for (Map<String, String> partial : combinations) {
                    for (String value : values) {
                        Map<String, String> c = new LinkedHashMap<>(partial);
                        c.put(input, value);
                        next.add(c);
                    }
                }
                combinations = next;
            }
            return combinations;
        }
    }

    /** One row of a decision table. */
    public record Row(String id, String labelZh, String labelEn, Citation citation, Map<String, Set<String>> when,
                      RuleSetDocument.ThenDef then) {

        public boolean matches(Map<String, String> caseValues) {
            for (Map.Entry<String, Set<String>> condition : when.entrySet()) {
                if (!condition.getValue().contains(caseValues.get(condition.getKey()))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One rule, applied in {@code order}; {@code condition} is null for a rule that always applies. */
    @RecordBuilder
    @RecordBuilder.Options(inheritComponentAnnotations = false)
    public record Rule(String id, int order, RuleKind kind, String labelZh, String labelEn, Set<Programme> programmes,
                       Condition condition, String parameter, String table, ReasonCode reason, String fare, String note,
                       Citation citation) {

        public boolean appliesTo(Programme programme) {
            return programmes.contains(programme);
        }

        /** Rules reading the person's recorded claims are skipped when no person is named. */
        public boolean history() {
            return condition != null && condition.readsHistory();
        }

        /** Rules reading the institution's standing are skipped when the case names no institution. */
        public boolean institution() {
            return condition != null && condition.readsInstitution();
        }

        public String when() {
            return condition == null ? null : condition.source();
        }
    }
}
