package gov.linzhi.subsidy.rules;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A fact a rule set declares: what an integrator needs to build a form, and what the engine needs to check a
 * case's value and hand it to the expressions.
 *
 * @param defaultValue the canonical value used when a case does not give the fact, or null
 * @param required     every case gives it (the service supplies it where the request may leave it out)
 * @param requiredFor  cases of these programmes must give it
 * @param programmes   the programmes that read it; empty: every programme
 * @param input        false for a fact the service derives (never sent by a client)
 * @param codes        the codes of {@code values}, derived
 */
public record Fact(String name, FactType type, String labelZh, String labelEn, List<Value> values, Object defaultValue,
                   boolean required, Set<Programme> requiredFor, Set<Programme> programmes, boolean input, Citation citation,
                   Set<String> codes) {

    /** One allowed value of an enum or set fact. */
    public record Value(String value, String labelZh, String labelEn, Citation citation) {
    }

    public Fact {
        values = List.copyOf(values);
        requiredFor = Set.copyOf(requiredFor);
        programmes = Set.copyOf(programmes);
        java.util.LinkedHashSet<String> valueCodes = new java.util.LinkedHashSet<>();
        values.forEach(v -> valueCodes.add(v.value()));
        codes = java.util.Collections.unmodifiableSet(valueCodes);
    }

    public Fact(String name, FactType type, String labelZh, String labelEn, List<Value> values, Object defaultValue, boolean required,
                Set<Programme> requiredFor, Set<Programme> programmes, boolean input, Citation citation) {
        this(name, type, labelZh, labelEn, values, defaultValue, required, requiredFor, programmes, input, citation, Set.of());
    }

    /** Whether an expression sees the fact as optional ({@code facts.x.hasValue()}): a case may leave it out. */
    public boolean optional() {
        return defaultValue == null && !required;
    }

    /**
     * The values a decision table can test this fact for: true/false for a bool, the codes of an enum (and NONE when
     * a case may leave it out); null when a table cannot take it as an input.
     */
    public List<String> tableValues() {
        if (type == FactType.BOOL) {
            return List.of("false", "true");
        }
        if (type != FactType.ENUM) {
            return null;
        }
        List<String> out = new java.util.ArrayList<>(codes);
        if (optional()) {
            out.add("NONE");
        }
        return List.copyOf(out);
    }

    /** Whether a form for the programme asks for it. */
    public boolean readBy(Programme programme) {
        return programmes.isEmpty() || programmes.contains(programme);
    }

    /** The canonical value of a value as written, or an {@link IllegalArgumentException} saying what is wrong. */
    public Object parse(Object raw) {
        return type.canonical(raw, codes) ? raw : type.parse(raw, codes);
    }
}
