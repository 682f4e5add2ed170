package gov.linzhi.tasks.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.tasks.clients.GazetteApi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of the quantities gazette-service reads in a provision are targets, and what each target is called
 * (data/indicator-rules.json): 建成自治区级创业孵化基地2家 is the indicator 自治区级创业孵化基地, 2 家, higher is better;
 * 初级工（五级）1000元/人 is a subsidy standard and no indicator.
 */
public final class IndicatorRules {

    /** An indicator as a document states it: its name, unit and target. */
    public record Target(String name, String unit, java.math.BigDecimal target) {
    }

    private final List<String> units;
    private final List<String> notTargets;
    private final List<String> leadingVerbs;
    private final List<String> trailingWords;

    IndicatorRules(List<String> units, List<String> notTargets, List<String> leadingVerbs, List<String> trailingWords) {
        this.units = List.copyOf(units);
        this.notTargets = List.copyOf(notTargets);
        this.leadingVerbs = List.copyOf(leadingVerbs);
        this.trailingWords = List.copyOf(trailingWords);
    }

    public static IndicatorRules shipped(ObjectMapper json) {
        try (InputStream in = IndicatorRules.class.getResourceAsStream("/data/indicator-rules.json")) {
            JsonNode root = json.readTree(in);
            return new IndicatorRules(strings(root.path("units")), strings(root.path("notTargets")), strings(root.path("leadingVerbs")),
                    strings(root.path("trailingWords")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data/indicator-rules.json", e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The targets among a provision's quantities, in the order the text gives them. */
    public List<Target> targets(List<GazetteApi.Quantity> quantities) {
        List<Target> out = new ArrayList<>();
        for (GazetteApi.Quantity q : quantities == null ? List.<GazetteApi.Quantity>of() : quantities) {
            String context = q.context() == null ? "" : q.context();
            if (q.value() == null || !units.contains(q.unit()) || notTargets.stream().anyMatch(context::contains)) {
                continue;
            }
            String name = name(context, q.text());
            if (!name.isEmpty()) {
                out.add(new Target(name, q.unit(), q.value()));
            }
        }
        return out;
    }

    /** The words before the number, without a leading verb or clause of time and a trailing 达到, at most 100 characters. */
    String name(String context, String quantityText) {
        int at = quantityText == null ? -1 : context.lastIndexOf(quantityText);
        String name = (at >= 0 ? context.substring(0, at) : context).strip();
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (String verb : leadingVerbs) {
                if (name.startsWith(verb)) {
                    name = name.substring(verb.length()).strip();
                    dropped = true;
                }
            }
        }
        for (String word : trailingWords) {
            if (name.endsWith(word)) {
                name = name.substring(0, name.length() - word.length()).strip();
            }
        }
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
