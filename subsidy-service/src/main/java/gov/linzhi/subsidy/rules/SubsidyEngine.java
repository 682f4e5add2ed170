package gov.linzhi.subsidy.rules;

import gov.linzhi.subsidy.rules.Decision.Line;
import gov.linzhi.subsidy.rules.Decision.Part;
import gov.linzhi.subsidy.rules.Decision.Reason;
import gov.linzhi.subsidy.rules.RuleSet.Row;
import gov.linzhi.subsidy.rules.RuleSet.Rule;
import dev.cel.runtime.CelVariableResolver;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies a rule set to a case. Stateless plain Java: the caller supplies the person's history (or
 * null to skip history rules) and how institutions stand in the catalogue.
 */
public final class SubsidyEngine {

    private static final BigDecimal ZERO = money(BigDecimal.ZERO);

    private SubsidyEngine() {
    }

    /**
     * Decides a case.
     *
     * @param history      the person's recorded claims, or null when no person is named (history rules skipped)
     * @param disqualified tells whether an institution's credit code is disqualified
     */
    public static Decision evaluate(RuleSets sets, EvaluationCase c, PersonHistory history, Predicate<String> disqualified) {
        return evaluate(sets, c, history, InstitutionStanding.registerOnly(disqualified));
    }

    /**
     * Decides a case against the institution catalogue as well.
     *
     * @param institutions how the named institution stands in the catalogue (asked only when the case names one)
     * @throws InvalidCaseException when the case gives a fact the rule set in force does not declare, a value that
     *                              does not fit its fact, or leaves out a fact its programme requires
     */
    public static Decision evaluate(RuleSets sets, EvaluationCase c, PersonHistory history, InstitutionStanding institutions) {
        Optional<RuleSet> inForce = sets.inForce(c.trainingCompletedOn());
        if (inForce.isEmpty()) {
            Citation citation = sets.latest().map(RuleSet::periodCitation).orElse(null);
            Reason reason = new Reason(ReasonCode.NO_RULES_IN_FORCE, null,
                    "没有适用于" + c.trainingCompletedOn() + "完成培训的补贴规则",
                    "No rule set is in force for trainings completed on " + c.trainingCompletedOn(),
                    List.of(CoreFacts.TRAINING_COMPLETED_ON), citation);
            return new Decision(false, ZERO, ZERO, ZERO, null, history != null, null, List.of(), List.of(), List.of(reason));
        }
        RuleSet set = inForce.get();
        return new Run(set, CaseFacts.complete(set, c), c.institutionCreditCode(), history, institutions).decide();
    }

    /** One evaluation: collects lines, parts not configured and reasons while walking the rules in order. */
    private static final class Run implements CelVariableResolver {
        private final RuleSet set;
        private final Map<String, Object> facts;
        private final Programme programme;
        private final LocalDate completedOn;
        private final EvaluationCase.UsedPair pair;
        private final String institution;
        private final PersonHistory history;
        private final InstitutionStanding institutions;
        private InstitutionStanding.Standing standing;
        private final Map<String, Object> celValues = new HashMap<>();
        private final List<Line> lines = new ArrayList<>();
        private final List<Part> notConfigured = new ArrayList<>();
        private final List<Reason> reasons = new ArrayList<>();
        private final Set<ReasonCode> codes = new HashSet<>();
        private BigDecimal base;
        private BigDecimal transport = ZERO;
        private BigDecimal advance = ZERO;

        Run(RuleSet set, Map<String, Object> facts, String institution, PersonHistory history, InstitutionStanding institutions) {
            this.set = set;
            this.facts = facts;
            this.programme = Programme.valueOf((String) facts.get(CoreFacts.PROGRAMME));
            this.completedOn = (LocalDate) facts.get(CoreFacts.TRAINING_COMPLETED_ON);
            Object level = facts.get(programme == Programme.SKILL_CERTIFICATE ? CoreFacts.CERTIFICATE_LEVEL : CoreFacts.LEVEL);
            this.pair = new EvaluationCase.UsedPair(programme.family(), EvaluationCase.occupationKey((String) facts.get(CoreFacts.OCCUPATION)),
                    level == null ? "NONE" : (String) level);
            this.institution = institution;
            this.history = history;
            this.institutions = institutions;
        }

        Decision decide() {
            for (Rule rule : set.rulesFor(programme)) {
                if ((rule.history() && history == null) || (rule.institution() && institution == null)) {
                    continue;
                }
                switch (rule.kind()) {
                    case ELIGIBILITY -> {
                        if (holds(rule)) {
                            RuleSetDocument.ReasonDef declared = set.reasons().get(rule.reason());
                            reason(rule.reason(), rule.id(), declared.messageZh(), declared.messageEn(),
                                    List.copyOf(rule.condition() == null ? Set.of() : rule.condition().facts()), rule.citation());
                        }
                    }
                    case TABLE -> table(rule);
                    case SUPPLEMENT -> supplement(rule);
                    case TRANSPORT -> transport(rule);
                    case ADVANCE -> advance(rule);
                }
            }
            Payee payee = Payee.valueOf((String) facts.get(CoreFacts.PAYEE));
            if (!reasons.isEmpty()) {
                return new Decision(false, ZERO, ZERO, ZERO, set.version(), history != null, payee, List.of(), List.of(), reasons);
            }
            return new Decision(true, money(sum()), advance, transport, set.version(), history != null, payee, lines,
                    notConfigured, List.of());
        }

        private BigDecimal sum() {
            BigDecimal total = ZERO;
            for (Line line : lines) {
                total = total.add(line.amount());
            }
            return total;
        }

        private boolean holds(Rule rule) {
            return rule.condition() == null || rule.condition().test(this, rule.id());
        }

        /** What an expression reads, converted on first use. */
        @Override
        public Optional<Object> find(String name) {
            Object value = celValues.get(name);
            if (value == null && !celValues.containsKey(name)) {
                value = resolve(name);
                celValues.put(name, value);
            }
            return Optional.ofNullable(value);
        }

        private Object resolve(String name) {
            if (name.startsWith("facts.")) {
                Fact fact = set.facts().get(name.substring(6));
                if (fact == null) {
                    return null;
                }
                Object value = facts.get(fact.name());
                Object cel = value == null ? null : fact.type().toCel(value);
                return fact.optional() ? Optional.ofNullable(cel) : cel;
            }
            return switch (name) {
                case "params" -> set.paramsOn(completedOn);
                case "history.trainingClaimsInYear" -> (long) history.trainingClaimsInYear();
                case "history.occupationLevelUsed" -> history.usedPairs().contains(pair);
                case "history.personallyPaidTrainingForOccupationLevel" -> history.personallyPaidPairs().contains(
                        new EvaluationCase.UsedPair(Programme.Family.TRAINING, pair.occupationKey(), pair.levelKey()));
                case "institution.standing" -> standing().name();
                default -> null;
            };
        }

        private InstitutionStanding.Standing standing() {
            if (standing == null) {
                standing = institutions.standing(institution, pair.occupationKey(), pair.levelKey());
            }
            return standing;
        }

        private void table(Rule rule) {
            RuleSet.Table table = set.tables().get(rule.table());
            Row row = table.match(input -> {
                Object value = facts.get(input);
                return value == null ? "NONE" : value.toString();
            });
            var then = row.then();
            if (then.reason() != null) {
                // the enum inputs the refusing row tests (the level refused), not the programme or a flag it merely narrows by
                // the enum inputs the refusing row tests (the level refused), not the programme or a flag it merely narrows by;
                // the row's own labels say more than the code's message ("高技能人才培训只覆盖高级工、技师、高级技师")
                reason(ReasonCode.of(then.reason()), row.id(), row.labelZh(), row.labelEn(), row.when().keySet().stream()
                        .filter(i -> !i.equals(CoreFacts.PROGRAMME) && set.facts().get(i).type() == FactType.ENUM).toList(), row.citation());
            } else if (then.parameter() != null) {
                RuleSet.Parameter p = set.parameter(then.parameter());
                Optional<BigDecimal> v = p.valueOn(completedOn);
                if (v.isEmpty()) {
                    notConfigured.add(new Part(row.id(), p.labelZh(), p.labelEn(), p.citation()));
                } else {
                    base = money(v.get());
                    lines.add(new Line(row.id(), p.labelZh(), p.labelEn(), base, p.citation()));
                }
            } else if (Boolean.TRUE.equals(then.fullCost())) {
                BigDecimal cost = (BigDecimal) facts.get(CoreFacts.TRAINING_COST);
                base = money(cost == null ? BigDecimal.ZERO : cost);
                lines.add(new Line(row.id(), row.labelZh(), row.labelEn(), base, row.citation()));
            } else if (then.reduceToShare() != null && base != null) {
                RuleSet.Parameter p = set.parameter(then.reduceToShare());
                Optional<BigDecimal> share = p.valueOn(completedOn);
                if (share.isEmpty()) {
                    notConfigured.add(new Part(row.id(), row.labelZh(), row.labelEn(), p.citation()));
                } else {
                    BigDecimal reduced = money(base.multiply(share.get()));
                    lines.add(new Line(row.id(), row.labelZh(), row.labelEn(), reduced.subtract(base), row.citation()));
                    base = reduced;
                }
            }
        }

        private void supplement(Rule rule) {
            if (!holds(rule)) {
                return;
            }
            Optional<BigDecimal> v = value(rule.parameter());
            if (v.isEmpty()) {
                notConfigured.add(part(rule));
            } else {
                lines.add(new Line(rule.id(), rule.labelZh(), rule.labelEn(), money(v.get()), rule.citation()));
            }
        }

        private void transport(Rule rule) {
            BigDecimal fare = (BigDecimal) facts.get(rule.fare());
            if (fare == null || fare.signum() <= 0 || !holds(rule)) {
                return;
            }
            Optional<BigDecimal> trips = value(rule.parameter());
            if (trips.isEmpty()) {
                notConfigured.add(part(rule));
                return;
            }
            transport = money(fare.multiply(trips.get()));
            lines.add(new Line(rule.id(), rule.labelZh(), rule.labelEn(), transport, rule.citation()));
        }

        private void advance(Rule rule) {
            if (!holds(rule)) {
                return;
            }
            BigDecimal subsidy = sum().subtract(transport);
            Optional<BigDecimal> share = value(rule.parameter());
            if (share.isEmpty()) {
                notConfigured.add(part(rule));
            } else {
                advance = money(subsidy.multiply(share.get()));
            }
        }

        private Part part(Rule rule) {
            return new Part(rule.id(), rule.labelZh(), rule.labelEn(), rule.citation());
        }

        private Optional<BigDecimal> value(String parameter) {
            return set.parameter(parameter).valueOn(completedOn);
        }

        private void reason(ReasonCode code, String ruleId, String messageZh, String messageEn, List<String> read, Citation citation) {
            if (codes.add(code)) {
                reasons.add(new Reason(code, ruleId, messageZh, messageEn, read, citation));
            }
        }
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
