package gov.linzhi.subsidy.pages;

import gov.linzhi.subsidy.api.DecisionView;
import gov.linzhi.subsidy.rules.Fact;
import gov.linzhi.subsidy.rules.Programme;
import gov.linzhi.subsidy.rules.RuleSet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the calculator page shows: the programme to choose, then the fields the chosen programme reads (the
 * rule set's facts say which), each with what was typed and its problem, and the decision when there is one. A
 * refusal whose condition read a field (a level the programme does not cover, too few months of insurance …) is
 * also shown next to that field, so the reader sees what to change.
 *
 * @param programme the programme chosen, or null: then only the choice is asked for
 */
public record CalculatorPageModel(Map<CaseField, FieldView> fields, Programme programme, DecisionView decision, List<Problem> problems) {

    /** One form control. {@code problem} is null when there is none; {@code shown}: the chosen programme reads it. */
    public record FieldView(String name, String label, String hint, String value, String problem, List<Option> options,
                            boolean checked, String inputMode, String kind, boolean shown) {

        /** The ids of the hint and problem that describe the control, for {@code aria-describedby}. */
        public String describedBy() {
            List<String> ids = new ArrayList<>();
            if (hint != null) {
                ids.add(name + "-hint");
            }
            if (problem != null) {
                ids.add(name + "-error");
            }
            return String.join(" ", ids);
        }
    }

    /** An option of a {@code <select>} or of a group of check boxes: the API's value and its Chinese name. */
    public record Option(String value, String label, boolean selected) {

        /** The id of the check box of this option in a group. */
        public String id(String field) {
            return field + "-" + value;
        }
    }

    /** A fieldset with the fields it shows. */
    public record SectionView(String legend, List<FieldView> fields) {
    }

    /** A problem for the summary at the top, linking to its field ({@code field} null: no field owns it). */
    public record Problem(String field, String label, String message) {
    }

    /**
     * @param set the rule set whose facts decide which fields a programme needs, with their options and labels
     */
    public static CalculatorPageModel of(CalculatorForm form, Calculator.Outcome outcome, RuleSet set) {
        Map<CaseField, String> problems = new EnumMap<>(CaseField.class);
        if (outcome != null) {
            problems.putAll(outcome.problems());
            if (outcome.decision() != null) {
                for (DecisionView.ReasonView reason : outcome.decision().reasons()) {
                    fieldsOf(reason).forEach(f -> problems.putIfAbsent(f, "不符合补贴条件：" + reason.messageZh()));
                }
            }
        }
        Programme programme = form.programme().filter(p -> set == null || set.programmes().containsKey(p)).orElse(null);
        Map<CaseField, FieldView> fields = new EnumMap<>(CaseField.class);
        for (CaseField f : CaseField.values()) {
            String typed = form.typed(f);
            Fact fact = set == null ? null : set.facts().get(f.parameter());
            // what was typed or is wrong stays on the page even when the programme does not read it
            boolean shown = f == CaseField.PROGRAMME || programme != null && (fact == null || fact.readBy(programme))
                    || problems.containsKey(f) || !typed.isBlank();
            fields.put(f, new FieldView(f.parameter(), f.label(), f.hint(), typed, problems.get(f), options(f, form, fact),
                    f.kind() == CaseField.Kind.CHECK && "true".equals(typed.strip()), f.inputMode(), f.kind().name(), shown));
        }
        List<Problem> summary = new ArrayList<>();
        if (outcome != null && outcome.invalid()) {
            problems.forEach((f, message) -> summary.add(new Problem(f.parameter(), f.label(), message)));
            outcome.general().forEach(message -> summary.add(new Problem(null, "", message)));
        }
        return new CalculatorPageModel(fields, programme, outcome == null ? null : outcome.decision(), summary);
    }

    /** The field named by its parameter, for the template. */
    public FieldView field(String parameter) {
        return fields.get(CaseField.ofParameter(parameter).orElseThrow());
    }

    /** The fieldsets after the programme's, each with the fields the chosen programme reads (empty ones left out). */
    public List<SectionView> sections() {
        List<SectionView> out = new ArrayList<>();
        for (CaseField.Section section : CaseField.Section.values()) {
            List<FieldView> shown = fields.entrySet().stream()
                    .filter(e -> e.getKey() != CaseField.PROGRAMME && e.getKey().section() == section && e.getValue().shown())
                    .map(Map.Entry::getValue).toList();
            if (!shown.isEmpty()) {
                out.add(new SectionView(section.legend(), shown));
            }
        }
        return out;
    }

    public boolean invalid() {
        return !problems.isEmpty();
    }

    /** A notice in Chinese only: the part before the English of a bilingual one. */
    public static String chinese(String notice) {
        int split = notice.indexOf("/ ");
        return split < 0 ? notice : notice.substring(0, split).strip();
    }

    /**
     * The fields a refusal is about: the facts its condition read that the form asks for; a refusal reading the
     * catalogue points at the institution, one reading only the history at nothing (the page never names a person).
     */
    private static List<CaseField> fieldsOf(DecisionView.ReasonView reason) {
        List<CaseField> fields = reason.facts().stream().map(CaseField::ofParameter).flatMap(Optional::stream).toList();
        return !fields.isEmpty() ? fields
                : reason.code().startsWith("INSTITUTION_") ? List.of(CaseField.INSTITUTION_CREDIT_CODE) : List.of();
    }

    /** The choices of a field, with the rule set's Chinese labels of its fact's values. */
    private static List<Option> options(CaseField field, CalculatorForm form, Fact fact) {
        String selected = form.typed(field).strip();
        List<Option> out = new ArrayList<>();
        switch (field) {
            case PROGRAMME -> out.add(new Option("", "请选择培训类型", selected.isEmpty()));
            case LEVEL -> out.add(new Option("", "不分等级", selected.isEmpty()));
            case CERTIFICATE_LEVEL -> out.add(new Option("", "未取得证书", selected.isEmpty()));
            case PROVIDER -> out.add(new Option("", "未说明", selected.isEmpty()));
            case INSURED_IN_LINZHI -> {
                out.add(new Option("", "是", !selected.equals("false")));
                out.add(new Option("false", "否（在外地参保）", selected.equals("false")));
                return out;
            }
            default -> {
                if (field.kind() != CaseField.Kind.MULTI) {
                    return List.of();
                }
            }
        }
        if (fact != null) {
            Set<String> ticked = form.ticked(field);
            for (Fact.Value v : fact.values()) {
                out.add(new Option(v.value(), v.labelZh(), field.kind() == CaseField.Kind.MULTI ? ticked.contains(v.value()) : v.value().equals(selected)));
            }
        }
        return out;
    }
}
