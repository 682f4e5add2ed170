package gov.linzhi.subsidy.pages;

import gov.linzhi.subsidy.api.DecisionView;
import gov.linzhi.subsidy.rules.KeyGroup;
import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.Programme;
import gov.linzhi.subsidy.rules.ReasonCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What the calculator page shows: every field with what was typed and its problem, and the decision when
 * there is one. A refusal whose condition is one field's (a level the programme does not cover, too few
 * months of insurance …) is also shown next to that field, so the reader sees what to change.
 */
public record CalculatorView(Map<CaseField, FieldView> fields, DecisionView decision, List<Problem> problems) {

    /** One form control. {@code problem} is null when there is none. */
    public record FieldView(String name, String label, String hint, String value, String problem, List<Option> options,
                            boolean checked, String inputMode) {

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

    /** An option of a {@code <select>}: the API's value and its Chinese name. */
    public record Option(String value, String label, boolean selected) {
    }

    /** A problem for the summary at the top, linking to its field ({@code field} null: no field owns it). */
    public record Problem(String field, String label, String message) {
    }

    public static CalculatorView of(CalculatorForm form, Calculator.Outcome outcome) {
        Map<CaseField, String> problems = new EnumMap<>(CaseField.class);
        if (outcome != null) {
            problems.putAll(outcome.problems());
            if (outcome.decision() != null) {
                for (DecisionView.ReasonView reason : outcome.decision().reasons()) {
                    fieldOf(reason.code(), form).ifPresent(f -> problems.putIfAbsent(f, "不符合补贴条件：" + reason.message()));
                }
            }
        }
        Map<CaseField, FieldView> fields = new EnumMap<>(CaseField.class);
        for (CaseField f : CaseField.values()) {
            String typed = form.typed(f);
            fields.put(f, new FieldView(f.parameter(), f.label(), f.hint(), typed, problems.get(f), options(f, typed),
                    f.kind() == CaseField.Kind.CHECK && "true".equals(typed.strip()), f.inputMode()));
        }
        List<Problem> summary = new ArrayList<>();
        if (outcome != null && outcome.invalid()) {
            problems.forEach((f, message) -> summary.add(new Problem(f.parameter(), f.label(), message)));
            outcome.general().forEach(message -> summary.add(new Problem(null, "", message)));
        }
        return new CalculatorView(fields, outcome == null ? null : outcome.decision(), summary);
    }

    /** The field named by its parameter, for the template. */
    public FieldView field(String parameter) {
        return fields.get(CaseField.ofParameter(parameter).orElseThrow());
    }

    public boolean invalid() {
        return !problems.isEmpty();
    }

    /** The field whose value a refusal is about; history refusals have none (the page never names a person). */
    private static Optional<CaseField> fieldOf(ReasonCode code, CalculatorForm form) {
        boolean certificate = Programme.SKILL_CERTIFICATE.name().equals(form.typed(CaseField.PROGRAMME).strip());
        return Optional.ofNullable(switch (code) {
            case LEVEL_NOT_COVERED -> certificate ? CaseField.CERTIFICATE_LEVEL : CaseField.LEVEL;
            case CERTIFICATE_REQUIRED -> form.typed(CaseField.CERTIFICATE_LEVEL).isBlank() ? CaseField.CERTIFICATE_LEVEL
                    : CaseField.CERTIFICATE_ISSUED_ON;
            case INSURANCE_TOO_SHORT -> CaseField.UNEMPLOYMENT_INSURANCE_MONTHS;
            case CLAIM_WINDOW_EXPIRED -> CaseField.APPLIED_ON;
            case PENSION_RECIPIENT -> CaseField.RECEIVES_MONTHLY_PENSION;
            case NO_RULES_IN_FORCE -> CaseField.TRAINING_COMPLETED_ON;
            case AMOUNT_NOT_CONFIGURED -> CaseField.PROGRAMME;
            case INSTITUTION_DISQUALIFIED, INSTITUTION_NOT_LISTED, INSTITUTION_NOT_APPROVED_FOR -> CaseField.INSTITUTION_CREDIT_CODE;
            case ANNUAL_LIMIT_REACHED, DUPLICATE_OCCUPATION_LEVEL -> null;
        });
    }

    private static List<Option> options(CaseField field, String typed) {
        String selected = typed.strip();
        Map<String, String> choices = switch (field) {
            case PROGRAMME -> choices("请选择培训类型", Arrays.stream(Programme.values()), Labels::programme);
            case LEVEL -> choices("不分等级", Arrays.stream(Level.values()), Labels::level);
            case CERTIFICATE_LEVEL -> choices("未取得证书", Arrays.stream(Level.values()), Labels::level);
            case KEY_GROUP -> choices("不属于重点群体", Arrays.stream(KeyGroup.values()), Labels::keyGroup);
            default -> Map.of();
        };
        return choices.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue(), e.getKey().equals(selected))).toList();
    }

    private static <E extends Enum<E>> Map<String, String> choices(String none, Stream<E> values, Function<E, String> label) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("", none);
        values.forEach(v -> out.put(v.name(), label.apply(v)));
        return out;
    }
}
