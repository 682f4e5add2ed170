package gov.linzhi.subsidy.rules;

import gov.linzhi.subsidy.rules.RuleSetDocument.CitationRef;
import gov.linzhi.subsidy.rules.RuleSetDocument.DatedValue;
import gov.linzhi.subsidy.rules.RuleSetDocument.DocumentDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.ParameterDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.ProvisionDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.RowDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.RuleDef;
import gov.linzhi.subsidy.rules.RuleSetDocument.TableDef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A checked, ready-to-run rule set: parameters with dated values, decision tables and ordered rules,
 * every citation resolved. Immutable; build it with {@link RuleSetLoader}.
 */
public final class RuleSet {

    /** The inputs a decision table may name, and the values each can take. */
    public static final Map<String, List<String>> TABLE_INPUTS = Map.of(
            "programme", java.util.Arrays.stream(Programme.values()).map(Enum::name).toList(),
            "level", levelsAndNone(),
            "certificateLevel", levelsAndNone(),
            "difficultEnterprise", List.of("false", "true"));

    private final RuleSetDocument document;
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final List<Rule> rules;
    private final Citation periodCitation;
    private final Citation targetsCitation;

    RuleSet(RuleSetDocument document) {
        this.document = document;
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
            tables.put(t.id(), new Table(t.id(), t.labelZh(), t.labelEn(), List.copyOf(t.inputs()), List.copyOf(rows)));
        }
        this.rules = document.rules().stream()
                .map(r -> new Rule(r.id(), r.order(), RuleKind.valueOf(r.kind()), r.labelZh(), r.labelEn(),
                        r.programmes() == null ? Set.of(Programme.values()) : Set.copyOf(r.programmes()),
                        Boolean.TRUE.equals(r.history()), r.test() == null ? null : Test.valueOf(r.test()),
                        r.parameter(), r.table(), r.reason(), resolve(r.citation())))
                .sorted(Comparator.comparingInt(Rule::order))
                .toList();
        this.periodCitation = resolve(document.periodCitation());
        this.targetsCitation = resolve(document.targets().citation());
    }

    private static List<String> levelsAndNone() {
        List<String> values = new ArrayList<>();
        for (Level l : Level.values()) {
            values.add(l.name());
        }
        values.add("NONE");
        return List.copyOf(values);
    }

    /** Resolves a citation reference against the documents; the consistency check guarantees it resolves. */
    Citation resolve(CitationRef ref) {
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

    public Map<String, Parameter> parameters() {
        return parameters;
    }

    public Map<String, Table> tables() {
        return tables;
    }

    public List<Rule> rules() {
        return rules;
    }

    public Parameter parameter(String id) {
        Parameter p = parameters.get(id);
        if (p == null) {
            throw new IllegalArgumentException("unknown parameter " + id);
        }
        return p;
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
     * Parameters the set does not define are left alone.
     */
    public RuleSet withChanges(List<ParameterChange> changes) {
        List<ParameterDef> parameters = new ArrayList<>();
        for (ParameterDef p : document.parameters()) {
            List<DatedValue> values = new ArrayList<>(p.values());
            for (ParameterChange change : changes) {
                if (!change.parameter().equals(p.id())) {
                    continue;
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
            parameters.add(new ParameterDef(p.id(), p.labelZh(), p.labelEn(), p.unit(), p.citation(), values));
        }
        return new RuleSet(new RuleSetDocument(document.version(), document.title(), document.periodFrom(), document.periodTo(),
                document.effectiveFrom(), document.periodCitation(), document.documents(), parameters, document.tables(),
                document.rules(), document.targets()));
    }

    /** A changed parameter value for a simulation; {@code value} null means "not configured". */
    public record ParameterChange(String parameter, BigDecimal value, LocalDate from) {
    }

    /** How a rule acts. */
    public enum RuleKind {
        ELIGIBILITY, TABLE, SUPPLEMENT, TRANSPORT, ADVANCE
    }

    /** The named conditions a rule can test; the engine implements each one. */
    public enum Test {
        RECEIVES_MONTHLY_PENSION, CERTIFICATE_MISSING, INSURANCE_MONTHS_BELOW, APPLIED_AFTER_WINDOW,
        INSTITUTION_DISQUALIFIED, TRAINING_CLAIMS_IN_YEAR_AT_LEAST, SAME_OCCUPATION_LEVEL_USED,
        INCLUDES_MANDATED_CONTENT, KEY_GROUP_MEMBER, INSTITUTION_NOT_LISTED, INSTITUTION_NOT_APPROVED_FOR, PROJECT_BASED;

        /** Tests that compare against a parameter. */
        public boolean needsParameter() {
            return this == INSURANCE_MONTHS_BELOW || this == APPLIED_AFTER_WINDOW || this == TRAINING_CLAIMS_IN_YEAR_AT_LEAST;
        }

        /** Tests that read the person's recorded claims. */
        public boolean needsHistory() {
            return this == TRAINING_CLAIMS_IN_YEAR_AT_LEAST || this == SAME_OCCUPATION_LEVEL_USED;
        }
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
    }

    /** A decision table: exactly one row matches each case (checked at load). */
    public record Table(String id, String labelZh, String labelEn, List<String> inputs, List<Row> rows) {

        public Row match(Map<String, String> caseValues) {
            for (Row row : rows) {
                if (row.matches(caseValues)) {
                    return row;
                }
            }
            throw new IllegalStateException("table " + id + " has no row for " + caseValues);
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

    /** One rule, applied in {@code order}. */
    public record Rule(String id, int order, RuleKind kind, String labelZh, String labelEn, Set<Programme> programmes,
                       boolean history, Test test, String parameter, String table, ReasonCode reason, Citation citation) {

        public boolean appliesTo(Programme programme) {
            return programmes.contains(programme);
        }
    }
}
