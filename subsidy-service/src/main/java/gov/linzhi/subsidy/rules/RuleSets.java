package gov.linzhi.subsidy.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * All loaded rule-set versions. The version deciding a case is the one with the latest
 * {@code effectiveFrom} on or before the training's completion date whose period still covers it.
 */
public record RuleSets(List<RuleSet> versions) {

    public RuleSets {
        versions = versions.stream()
                .sorted(Comparator.comparing(RuleSet::effectiveFrom).reversed())
                .toList();
    }

    public Optional<RuleSet> inForce(LocalDate trainingCompletedOn) {
        for (RuleSet v : versions) {
            if (v.covers(trainingCompletedOn)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The newest version (latest effective date): what {@code GET /rules} shows by default. */
    public Optional<RuleSet> latest() {
        return versions.stream().findFirst();
    }

    public Optional<RuleSet> byVersion(String version) {
        return versions.stream().filter(v -> v.version().equals(version)).findFirst();
    }
}
