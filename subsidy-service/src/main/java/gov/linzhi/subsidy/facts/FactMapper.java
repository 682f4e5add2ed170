package gov.linzhi.subsidy.facts;

import gov.linzhi.subsidy.api.DecisionMapper;
import gov.linzhi.subsidy.rules.CoreFacts;
import gov.linzhi.subsidy.rules.Fact;
import gov.linzhi.subsidy.rules.Programme;
import gov.linzhi.subsidy.rules.RuleSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Maps a rule set's facts to their API views. */
@ApplicationScoped
public class FactMapper {

    @Inject
    DecisionMapper citations;

    public List<FactView> facts(RuleSet set) {
        return set.facts().values().stream().map(this::view).toList();
    }

    FactView view(Fact f) {
        return FactViewBuilder.builder()
                .name(f.name())
                .type(f.type().yamlName())
                .labelZh(f.labelZh())
                .labelEn(f.labelEn())
                .field(CoreFacts.isCore(f.name()) ? f.name() : "facts." + f.name())
                .values(f.values().isEmpty() ? null : f.values().stream()
                        .map(v -> new FactView.ValueView(v.value(), v.labelZh(), v.labelEn(), citations.citation(v.citation()))).toList())
                .defaultValue(written(f.defaultValue()))
                .required(f.required())
                .requiredFor(names(f.requiredFor()))
                .programmes(names(f.programmes()))
                .input(f.input())
                .citation(citations.citation(f.citation()))
                .build();
    }

    private static List<String> names(Collection<Programme> programmes) {
        return programmes.stream().sorted().map(Enum::name).toList();
    }

    /** A default as a request writes it (a date as YYYY-MM-DD, a set as a list). */
    private static Object written(Object value) {
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof Collection<?> c) {
            return List.copyOf(c);
        }
        return value;
    }
}
