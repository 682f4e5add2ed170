package gov.linzhi.subsidy.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gov.linzhi.subsidy.api.DecisionMapper;
import gov.linzhi.subsidy.api.EvaluationRequest;
import gov.linzhi.subsidy.rules.Decision;
import gov.linzhi.subsidy.rules.EvaluationCase;
import gov.linzhi.subsidy.rules.InstitutionStanding;
import gov.linzhi.subsidy.rules.PersonHistory;
import gov.linzhi.subsidy.rules.Programme;
import gov.linzhi.subsidy.rules.RuleSet;
import gov.linzhi.subsidy.rules.RuleSetLoader;
import gov.linzhi.subsidy.rules.RuleSetRejectedException;
import gov.linzhi.subsidy.rules.RuleSets;
import gov.linzhi.subsidy.rules.SubsidyEngine;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** One policy case file of {@code src/test/resources/policy-cases}: input → expected decision. */
public record PolicyCase(String file, Map<String, Object> data) {

    public static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    public static List<PolicyCase> all() {
        try {
            Path folder = Path.of(PolicyCase.class.getClassLoader().getResource("policy-cases").toURI());
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(f -> f.toString().endsWith(".yaml")).sorted().map(PolicyCase::read).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PolicyCase read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new PolicyCase(file.getFileName().toString(), new Yaml().load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return (String) data.get("name");
    }

    @Override
    public String toString() {
        return file + " " + name();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> input() {
        return (Map<String, Object>) data.get("input");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> expect() {
        return (Map<String, Object>) data.get("expect");
    }

    /** The input as the API request, with appliedOn defaulting to the completion date. */
    public EvaluationRequest request() {
        EvaluationRequest r = JSON.convertValue(input(), EvaluationRequest.class);
        return r.appliedOn() != null ? r : r.appliedOn(r.trainingCompletedOn());
    }

    public boolean hasHistory() {
        return data.containsKey("history");
    }

    public boolean hasParameterChanges() {
        return data.containsKey("parameterChanges");
    }

    public boolean hasDisqualifiedInstitutions() {
        return data.containsKey("disqualifiedInstitutions");
    }

    /** A catalogue for the case: credit code → {status, approvals ["occupation/LEVEL_x"]}; without it every institution is approved. */
    public boolean hasCatalogue() {
        return data.containsKey("catalogue");
    }

    /** Whether the case stands for a project-based (项目制) catalogued project. */
    public boolean projectBased() {
        return Boolean.TRUE.equals(data.get("projectBased"));
    }

    /**
     * Whether the case runs the same through the HTTP API of a fresh service (no history, no changes, no register,
     * no institution: the service's catalogue decides those, CatalogueApiTest covers them).
     */
    public boolean standsAlone() {
        return !hasHistory() && !hasParameterChanges() && !hasDisqualifiedInstitutions() && !hasCatalogue() && !projectBased()
                && !input().containsKey("institution");
    }

    @SuppressWarnings("unchecked")
    InstitutionStanding institutions() {
        Set<String> disqualified = hasDisqualifiedInstitutions()
                ? Set.copyOf((List<String>) data.get("disqualifiedInstitutions")) : Set.of();
        if (!hasCatalogue()) {
            return InstitutionStanding.registerOnly(disqualified::contains);
        }
        Map<String, Map<String, Object>> catalogue = (Map<String, Map<String, Object>>) data.get("catalogue");
        return (code, occupationKey, levelKey) -> {
            Map<String, Object> entry = catalogue.get(code);
            if (entry == null) {
                return disqualified.contains(code) ? InstitutionStanding.Standing.DISQUALIFIED : InstitutionStanding.Standing.NOT_LISTED;
            }
            String status = (String) entry.getOrDefault("status", "ACTIVE");
            if (status.equals("DISQUALIFIED")) {
                return InstitutionStanding.Standing.DISQUALIFIED;
            }
            boolean approved = ((List<String>) entry.get("approvals")).stream()
                    .anyMatch(a -> (EvaluationCase.occupationKey(a.substring(0, a.lastIndexOf('/'))) + "/" + a.substring(a.lastIndexOf('/') + 1))
                            .equals(occupationKey + "/" + levelKey));
            return !approved ? InstitutionStanding.Standing.NOT_APPROVED_FOR
                    : status.equals("SUSPENDED") ? InstitutionStanding.Standing.SUSPENDED : InstitutionStanding.Standing.APPROVED;
        };
    }

    @SuppressWarnings("unchecked")
    PersonHistory history() {
        if (!hasHistory()) {
            return null;
        }
        Map<String, Object> h = (Map<String, Object>) data.get("history");
        Set<EvaluationCase.UsedPair> used = new HashSet<>();
        for (Map<String, Object> u : (List<Map<String, Object>>) h.get("used")) {
            used.add(new EvaluationCase.UsedPair(Programme.Family.valueOf((String) u.get("family")),
                    EvaluationCase.occupationKey((String) u.get("occupation")), (String) u.get("level")));
        }
        return new PersonHistory(((Number) h.get("trainingClaimsInYear")).intValue(), used);
    }

    private static RuleSet builtIn;

    /** The built-in rule set, loaded and checked once. */
    static synchronized RuleSet builtIn() throws RuleSetRejectedException {
        if (builtIn == null) {
            builtIn = RuleSetLoader.fromResource("rules/2019-2021/rule-set.yaml");
        }
        return builtIn;
    }

    @SuppressWarnings("unchecked")
    RuleSets ruleSets() throws RuleSetRejectedException {
        RuleSet set = builtIn();
        if (hasParameterChanges()) {
            List<RuleSet.ParameterChange> changes = ((List<Map<String, Object>>) data.get("parameterChanges")).stream()
                    .map(c -> new RuleSet.ParameterChange((String) c.get("parameter"), money(c.get("value")),
                            c.get("from") == null ? null : LocalDate.parse((String) c.get("from"))))
                    .toList();
            set = set.withChanges(changes);
        }
        return new RuleSets(List.of(set));
    }

    Decision decide() throws RuleSetRejectedException {
        return SubsidyEngine.evaluate(ruleSets(), DecisionMapper.toCase(request(), projectBased()), history(), institutions());
    }

    public static BigDecimal money(Object value) {
        return value == null ? null : new BigDecimal(String.valueOf(value));
    }
}
