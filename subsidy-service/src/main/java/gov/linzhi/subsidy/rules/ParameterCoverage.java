package gov.linzhi.subsidy.rules;

import gov.linzhi.subsidy.rules.RuleSetDocument.DatedValue;
import gov.linzhi.subsidy.rules.RuleSetDocument.ParameterDef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A parameter's dated values against the rule set's period (a check of {@link ConsistencyCheck}). */
final class ParameterCoverage {

    private ParameterCoverage() {
    }

    /** Dated values must cover the period exactly once: no gap, no overlap. */
    static List<String> problems(ParameterDef p, LocalDate periodFrom, LocalDate periodTo) {
        List<String> problems = new ArrayList<>();
        List<DatedValue> values = p.values().stream().sorted(Comparator.comparing(DatedValue::from)).toList();
        LocalDate cursor = periodFrom;
        for (int i = 0; i < values.size(); i++) {
            DatedValue v = values.get(i);
            if (v.to() != null && v.to().isBefore(v.from())) {
                problems.add("parameter " + p.id() + " has a value from " + v.from() + " to " + v.to() + ", which ends before it starts");
                return problems;
            }
            if (i > 0 && !v.from().isAfter(cursor.minusDays(1))) {
                problems.add("parameter " + p.id() + " has overlapping values: the value from " + v.from()
                        + " starts before the previous one ends on " + cursor.minusDays(1));
                return problems;
            }
            if (v.from().isAfter(cursor) && !cursor.isAfter(periodTo)) {
                LocalDate gapEnd = v.from().minusDays(1).isAfter(periodTo) ? periodTo : v.from().minusDays(1);
                problems.add("parameter " + p.id() + " has no value from " + cursor + " to " + gapEnd);
            }
            LocalDate end = v.to() != null ? v.to()
                    : i + 1 < values.size() ? values.get(i + 1).from().minusDays(1) : LocalDate.MAX.minusDays(1);
            cursor = end.plusDays(1);
        }
        if (!cursor.isAfter(periodTo)) {
            problems.add("parameter " + p.id() + " has no value from " + cursor + " to " + periodTo);
        }
        return problems;
    }
}
