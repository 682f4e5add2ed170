package gov.linzhi.subsidy.api;

import gov.linzhi.subsidy.rules.RuleSet;
import gov.linzhi.subsidy.rulesets.RuleSetVersionRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps compiled rule sets and version records to their API views. */
@ApplicationScoped
public class RuleSetMapper {

    @Inject
    DecisionMapper citations;

    @Inject
    gov.linzhi.subsidy.facts.FactMapper facts;

    public RuleSetView.VersionView version(RuleSetVersionRecord r) {
        return r == null ? null : new RuleSetView.VersionView(r.version, r.effectiveFrom, r.periodFrom, r.periodTo, r.source, r.sha256,
                r.loadedAt, r.loadedBy);
    }

    public RuleSetView view(RuleSet set, RuleSetVersionRecord record) {
        List<RuleSetView.ParameterView> parameters = set.parameters().values().stream()
                .map(p -> new RuleSetView.ParameterView(p.id(), p.labelZh(), p.labelEn(), p.unit(),
                        p.values().stream().map(v -> new RuleSetView.ValueView(v.from(), v.to(), v.value())).toList(),
                        citations.citation(p.citation())))
                .toList();
        List<RuleSetView.TableView> tables = set.tables().values().stream()
                .map(t -> new RuleSetView.TableView(t.id(), t.labelZh(), t.labelEn(), t.inputs(), t.rows().stream()
                        .map(r -> new RuleSetView.RowView(r.id(), r.labelZh(), r.labelEn(), when(r.when()), then(r.then()),
                                citations.citation(r.citation())))
                        .toList()))
                .toList();
        List<RuleSetView.RuleView> rules = set.rules().stream()
                .map(r -> RuleSetViewRuleViewBuilder.builder()
                        .id(r.id())
                        .order(r.order())
                        .kind(r.kind().name())
                        .labelZh(r.labelZh())
                        .labelEn(r.labelEn())
                        .programmes(r.programmes().stream().sorted().toList())
                        .history(r.history())
                        .institution(r.institution())
                        .when(r.when())
                        .parameter(r.parameter())
                        .table(r.table())
                        .reason(r.reason() == null ? null : r.reason().name())
                        .fare(r.fare())
                        .note(r.note())
                        .citation(citations.citation(r.citation()))
                        .build())
                .toList();
        List<RuleSetView.ProgrammeView> programmes = set.programmes().values().stream()
                .map(p -> new RuleSetView.ProgrammeView(p.code(), p.labelZh(), p.labelEn(), p.payee(), citations.citation(p.citation())))
                .toList();
        List<RuleSetView.ReasonView> reasons = set.reasons().values().stream()
                .map(r -> new RuleSetView.ReasonView(r.code(), r.messageZh(), r.messageEn())).toList();
        var targets = set.document().targets();
        return RuleSetViewBuilder.builder()
                .version(set.version())
                .title(set.title())
                .periodFrom(set.periodFrom())
                .periodTo(set.periodTo())
                .effectiveFrom(set.effectiveFrom())
                .loaded(version(record))
                .programmes(programmes)
                .facts(facts.facts(set))
                .reasons(reasons)
                .parameters(parameters)
                .tables(tables)
                .rules(rules)
                .targets(new RuleSetView.TargetsView(targets.planPeriod(),
                        targets.years().stream().map(y -> new RuleSetView.YearView(y.year(), y.personTimes())).toList(),
                        citations.citation(set.targetsCitation())))
                .build();
    }

    private static Map<String, List<String>> when(Map<String, java.util.Set<String>> when) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        when.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
        return out;
    }

    private static Map<String, Object> then(gov.linzhi.subsidy.rules.RuleSetDocument.ThenDef then) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (then.parameter() != null) {
            out.put("parameter", then.parameter());
        }
        if (then.fullCost() != null) {
            out.put("fullCost", then.fullCost());
        }
        if (then.keep() != null) {
            out.put("keep", then.keep());
        }
        if (then.reduceToShare() != null) {
            out.put("reduceToShare", then.reduceToShare());
        }
        if (then.reason() != null) {
            out.put("reason", then.reason());
        }
        return out;
    }
}
