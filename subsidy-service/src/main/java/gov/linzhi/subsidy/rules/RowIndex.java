package gov.linzhi.subsidy.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The matching row of every combination of a decision table's input values, found when the rule set is built.
 * A case's values are looked up by position (each input's value to its ordinal, the ordinals to one slot), so an
 * evaluation builds no key and allocates nothing to find its row.
 */
final class RowIndex {

    private final List<String> inputs;
    private final List<Map<String, Integer>> ordinals;
    private final int[] strides;
    private final RuleSet.Row[] slots;

    private RowIndex(List<String> inputs, List<Map<String, Integer>> ordinals, int[] strides, RuleSet.Row[] slots) {
        this.inputs = inputs;
        this.ordinals = ordinals;
        this.strides = strides;
        this.slots = slots;
    }

    /** Indexes the first row matching each combination; a table over an input without values indexes nothing. */
    static RowIndex of(List<String> inputs, List<RuleSet.Row> rows, Function<String, List<String>> valuesOf) {
        List<Map<String, Integer>> ordinals = new java.util.ArrayList<>();
        int[] strides = new int[inputs.size()];
        int size = 1;
        for (int i = inputs.size() - 1; i >= 0; i--) {
            List<String> values = valuesOf.apply(inputs.get(i));
            if (values == null) {
                return new RowIndex(List.copyOf(inputs), List.of(), new int[0], new RuleSet.Row[0]);
            }
            Map<String, Integer> ordinal = new HashMap<>();
            for (String value : values) {
                ordinal.putIfAbsent(value, ordinal.size());
            }
            ordinals.add(0, ordinal);
            strides[i] = size;
            size = Math.multiplyExact(size, Math.max(1, ordinal.size()));
        }
        RuleSet.Row[] slots = new RuleSet.Row[size];
        RowIndex index = new RowIndex(List.copyOf(inputs), List.copyOf(ordinals), strides, slots);
        for (Map<String, String> combination : RuleSet.Table.combinations(inputs, valuesOf)) {
            int slot = index.slot(combination::get);
            if (slots[slot] == null) {
                rows.stream().filter(r -> r.matches(combination)).findFirst().ifPresent(r -> slots[slot] = r);
            }
        }
        return index;
    }

    /** The row for the values a case gives its inputs, or null when no row matches them (or a value is unknown). */
    RuleSet.Row find(Function<String, String> valueOf) {
        int slot = slot(valueOf);
        return slot < 0 ? null : slots[slot];
    }

    private int slot(Function<String, String> valueOf) {
        if (ordinals.isEmpty()) {
            return -1;
        }
        int slot = 0;
        for (int i = 0; i < strides.length; i++) {
            Integer ordinal = ordinals.get(i).get(valueOf.apply(inputs.get(i)));
            if (ordinal == null) {
                return -1;
            }
            slot += ordinal * strides[i];
        }
        return slot;
    }
}
