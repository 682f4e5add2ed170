package gov.linzhi.subsidy.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * The engine's answer. When eligible, the line amounts add up to {@code amount}; otherwise every
 * failed condition is listed in {@code reasons} and all amounts are zero.
 *
 * @param ruleSetVersion the version that decided, null when no rule set is in force
 * @param historyChecked whether rules reading recorded claims were applied
 */
public record Decision(
        boolean eligible,
        BigDecimal amount,
        BigDecimal advanceAmount,
        BigDecimal transportAllowance,
        String ruleSetVersion,
        boolean historyChecked,
        List<Line> lines,
        List<Reason> reasons) {

    /** One component of the amount. */
    public record Line(String ruleId, String label, String labelEn, BigDecimal amount, Citation citation) {
    }

    /** One failed condition. */
    public record Reason(ReasonCode code, String ruleId, String message, Citation citation) {
    }

    public boolean hasHistoryReason() {
        return reasons.stream().anyMatch(r -> r.code().isHistory());
    }
}
