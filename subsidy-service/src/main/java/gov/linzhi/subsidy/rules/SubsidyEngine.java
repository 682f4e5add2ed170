package gov.linzhi.subsidy.rules;

import gov.linzhi.subsidy.rules.Decision.Line;
import gov.linzhi.subsidy.rules.Decision.Reason;
import gov.linzhi.subsidy.rules.RuleSet.Row;
import gov.linzhi.subsidy.rules.RuleSet.Rule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies a rule set to a case. Stateless plain Java: the caller supplies the person's history (or
 * null to skip history rules) and the register of disqualified institutions.
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
     */
    public static Decision evaluate(RuleSets sets, EvaluationCase c, PersonHistory history, InstitutionStanding institutions) {
        Optional<RuleSet> inForce = sets.inForce(c.trainingCompletedOn());
        if (inForce.isEmpty()) {
            Citation citation = sets.latest().map(RuleSet::periodCitation).orElse(null);
            Reason reason = new Reason(ReasonCode.NO_RULES_IN_FORCE, null,
                    "没有适用于" + c.trainingCompletedOn() + "完成培训的补贴规则 / No rule set is in force for trainings completed on "
                            + c.trainingCompletedOn(), citation);
            return new Decision(false, ZERO, ZERO, ZERO, null, history != null, List.of(), List.of(reason));
        }
        return new Run(inForce.get(), c, history, institutions).decide();
    }

    /** One evaluation: collects lines and reasons while walking the rules in order. */
    private static final class Run {
        private final RuleSet set;
        private final EvaluationCase c;
        private final PersonHistory history;
        private final InstitutionStanding institutions;
        private InstitutionStanding.Standing standing;
        private final List<Line> lines = new ArrayList<>();
        private final List<Reason> reasons = new ArrayList<>();
        private final Set<ReasonCode> codes = EnumSet.noneOf(ReasonCode.class);
        private BigDecimal base;
        private BigDecimal transport = ZERO;
        private BigDecimal advance = ZERO;

        Run(RuleSet set, EvaluationCase c, PersonHistory history, InstitutionStanding institutions) {
            this.set = set;
            this.c = c;
            this.history = history;
            this.institutions = institutions;
        }

        Decision decide() {
            for (Rule rule : set.rules()) {
                if (!rule.appliesTo(c.programme()) || (rule.history() && history == null)) {
                    continue;
                }
                switch (rule.kind()) {
                    case ELIGIBILITY -> eligibility(rule);
                    case TABLE -> table(rule);
                    case SUPPLEMENT -> supplement(rule);
                    case TRANSPORT -> transport(rule);
                    case ADVANCE -> advance(rule);
                }
            }
            if (!reasons.isEmpty()) {
                return new Decision(false, ZERO, ZERO, ZERO, set.version(), history != null, List.of(), List.copyOf(reasons));
            }
            BigDecimal amount = lines.stream().map(Line::amount).reduce(ZERO, BigDecimal::add);
            return new Decision(true, money(amount), advance, transport, set.version(), history != null, List.copyOf(lines), List.of());
        }

        private void eligibility(Rule rule) {
            Optional<String> failure = holds(rule);
            failure.ifPresent(detail -> reason(rule.reason(), rule.id(), rule.labelZh() + " / " + rule.labelEn() + detail, rule.citation()));
        }

        /** Empty when the rule's test is false; otherwise a detail for the message (an eligibility test that is true fails the case). */
        private Optional<String> holds(Rule rule) {
            return switch (rule.test()) {
                case RECEIVES_MONTHLY_PENSION -> c.receivesMonthlyPension() ? Optional.of("") : Optional.empty();
                case CERTIFICATE_MISSING -> c.certificateLevel() == null || c.certificateIssuedOn() == null
                        ? Optional.of("（" + (c.certificateLevel() == null ? "certificateLevel" : "certificateIssuedOn") + " missing）")
                        : Optional.empty();
                case INSURANCE_MONTHS_BELOW -> {
                    int required = value(rule.parameter()).map(BigDecimal::intValue).orElse(0);
                    int months = c.unemploymentInsuranceMonths() == null ? 0 : c.unemploymentInsuranceMonths();
                    yield months < required ? Optional.of("（" + months + " < " + required + " months）") : Optional.empty();
                }
                case APPLIED_AFTER_WINDOW -> {
                    if (c.certificateIssuedOn() == null) {
                        yield Optional.empty();
                    }
                    int months = value(rule.parameter()).map(BigDecimal::intValue).orElse(0);
                    var last = c.certificateIssuedOn().plusMonths(months);
                    yield c.appliedOn().isAfter(last)
                            ? Optional.of("（applied " + c.appliedOn() + ", last day " + last + "）") : Optional.empty();
                }
                case INSTITUTION_DISQUALIFIED -> standingIs(InstitutionStanding.Standing.DISQUALIFIED)
                        ? Optional.of("（" + c.institutionCreditCode() + "）") : Optional.empty();
                case INSTITUTION_NOT_LISTED -> standingIs(InstitutionStanding.Standing.NOT_LISTED)
                        ? Optional.of("（" + c.institutionCreditCode() + "）") : Optional.empty();
                case INSTITUTION_NOT_APPROVED_FOR -> standingIs(InstitutionStanding.Standing.NOT_APPROVED_FOR)
                        ? Optional.of("（" + c.institutionCreditCode() + ": " + c.occupation().strip() + ", " + Level.keyOf(c.effectiveLevel()) + "）")
                        : standingIs(InstitutionStanding.Standing.SUSPENDED)
                        ? Optional.of("（" + c.institutionCreditCode() + ": suspended / 已暂停）") : Optional.empty();
                case PROJECT_BASED -> c.projectBased() ? Optional.of("") : Optional.empty();
                case TRAINING_CLAIMS_IN_YEAR_AT_LEAST -> {
                    int limit = value(rule.parameter()).map(BigDecimal::intValue).orElse(Integer.MAX_VALUE);
                    yield history.trainingClaimsInYear() >= limit
                            ? Optional.of("（" + c.trainingCompletedOn().getYear() + ": " + history.trainingClaimsInYear() + " of " + limit + "）")
                            : Optional.empty();
                }
                case SAME_OCCUPATION_LEVEL_USED -> history.usedPairs().contains(c.pair())
                        ? Optional.of("（" + c.occupation().strip() + ", " + Level.keyOf(c.effectiveLevel()) + "）") : Optional.empty();
                case INCLUDES_MANDATED_CONTENT -> c.includesMandatedContent() ? Optional.of("") : Optional.empty();
                case KEY_GROUP_MEMBER -> c.keyGroup() != null && c.busFareOneWay() != null && c.busFareOneWay().signum() > 0
                        ? Optional.of("") : Optional.empty();
            };
        }

        /** Whether the named institution has this standing; a case naming no institution has none. */
        private boolean standingIs(InstitutionStanding.Standing expected) {
            if (c.institutionCreditCode() == null) {
                return false;
            }
            if (standing == null) {
                standing = institutions.standing(c.institutionCreditCode(), c.occupationKey(), Level.keyOf(c.effectiveLevel()));
            }
            return standing == expected;
        }

        private void table(Rule rule) {
            Row row = set.tables().get(rule.table()).match(Map.of(
                    "programme", c.programme().name(),
                    "level", Level.keyOf(c.level()),
                    "certificateLevel", Level.keyOf(c.certificateLevel()),
                    "difficultEnterprise", String.valueOf(c.difficultEnterprise())));
            var then = row.then();
            if (then.reason() != null) {
                reason(then.reason(), row.id(), row.labelZh() + " / " + row.labelEn(), row.citation());
            } else if (then.parameter() != null) {
                RuleSet.Parameter p = set.parameter(then.parameter());
                Optional<BigDecimal> v = p.valueOn(c.trainingCompletedOn());
                if (v.isEmpty()) {
                    reason(ReasonCode.AMOUNT_NOT_CONFIGURED, row.id(), "补贴标准尚未配置：" + p.labelZh() + " / Amount not configured: " + p.labelEn(),
                            p.citation());
                } else {
                    base = money(v.get());
                    lines.add(new Line(row.id(), p.labelZh(), p.labelEn(), base, p.citation()));
                }
            } else if (Boolean.TRUE.equals(then.fullCost())) {
                base = money(c.trainingCost() == null ? BigDecimal.ZERO : c.trainingCost());
                lines.add(new Line(row.id(), row.labelZh(), row.labelEn(), base, row.citation()));
            } else if (then.reduceToShare() != null && base != null) {
                RuleSet.Parameter p = set.parameter(then.reduceToShare());
                Optional<BigDecimal> share = p.valueOn(c.trainingCompletedOn());
                if (share.isEmpty()) {
                    reason(ReasonCode.AMOUNT_NOT_CONFIGURED, row.id(), "比例尚未配置：" + p.labelZh() + " / Share not configured: " + p.labelEn(),
                            p.citation());
                } else {
                    BigDecimal reduced = money(base.multiply(share.get()));
                    lines.add(new Line(row.id(), row.labelZh(), row.labelEn(), reduced.subtract(base), row.citation()));
                    base = reduced;
                }
            }
        }

        private void supplement(Rule rule) {
            if (holds(rule).isPresent()) {
                value(rule.parameter()).ifPresent(v -> lines.add(new Line(rule.id(), rule.labelZh(), rule.labelEn(), money(v), rule.citation())));
            }
        }

        private void transport(Rule rule) {
            if (holds(rule).isPresent()) {
                value(rule.parameter()).ifPresent(trips -> {
                    transport = money(c.busFareOneWay().multiply(trips));
                    lines.add(new Line(rule.id(), rule.labelZh(), rule.labelEn(), transport, rule.citation()));
                });
            }
        }

        private void advance(Rule rule) {
            if (rule.test() != null && holds(rule).isEmpty()) {
                return;
            }
            BigDecimal subsidy = lines.stream().map(Line::amount).reduce(ZERO, BigDecimal::add).subtract(transport);
            value(rule.parameter()).ifPresent(share -> advance = money(subsidy.multiply(share)));
        }

        private Optional<BigDecimal> value(String parameter) {
            return set.parameter(parameter).valueOn(c.trainingCompletedOn());
        }

        private void reason(ReasonCode code, String ruleId, String message, Citation citation) {
            if (codes.add(code)) {
                reasons.add(new Reason(code, ruleId, message, citation));
            }
        }
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
