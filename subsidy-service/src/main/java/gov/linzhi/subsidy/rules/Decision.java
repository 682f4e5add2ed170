package gov.linzhi.subsidy.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * The engine's answer. When eligible, the line amounts add up to {@code amount}; a part whose amount the rule set
 * does not configure yet (藏人社发〔2018〕157号) is listed in {@code notConfigured} and leaves the decision
 * incomplete without refusing it. When not eligible every failed condition is listed in {@code reasons} and all
 * amounts are zero.
 *
 * @param ruleSetVersion the version that decided, null when no rule set is in force
 * @param historyChecked whether rules reading recorded claims were applied
 * @param payee          who is paid: the case's own or its programme's default; null when no rule set is in force
 */
public record Decision(
        boolean eligible,
        BigDecimal amount,
        BigDecimal advanceAmount,
        BigDecimal transportAllowance,
        String ruleSetVersion,
        boolean historyChecked,
        Payee payee,
        List<Line> lines,
        List<Part> notConfigured,
        List<Reason> reasons) {

    public Decision {
        lines = List.copyOf(lines);
        notConfigured = List.copyOf(notConfigured);
        reasons = List.copyOf(reasons);
    }

    /** Whether every part was decided: nothing waits for an amount to be configured. */
    public boolean complete() {
        return notConfigured.isEmpty();
    }

    /** One component of the amount. */
    public record Line(String ruleId, String label, String labelEn, BigDecimal amount, Citation citation) {
    }

    /** A part of the decision whose amount is not configured yet. */
    public record Part(String ruleId, String label, String labelEn, Citation citation) {
    }

    /**
     * One failed condition.
     *
     * @param facts the facts the failed condition read (empty for one that reads only the history or the catalogue)
     */
    public record Reason(ReasonCode code, String ruleId, String messageZh, String messageEn, List<String> facts, Citation citation) {

        public Reason {
            facts = List.copyOf(facts);
        }

        /** Both messages, as the API's {@code message} has always read. */
        public String message() {
            return messageZh + " / " + messageEn;
        }
    }
}
