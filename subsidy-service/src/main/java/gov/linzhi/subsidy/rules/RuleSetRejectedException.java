package gov.linzhi.subsidy.rules;

import java.util.List;

/** A rule set that failed its schema or consistency check, with every problem found. */
public class RuleSetRejectedException extends Exception {

    private final List<String> problems;

    public RuleSetRejectedException(List<String> problems) {
        super("rule set rejected: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
