package gov.linzhi.subsidy.pages;

import gov.linzhi.subsidy.api.EvaluationRequest;
import gov.linzhi.subsidy.api.EvaluationRequestBuilder;
import gov.linzhi.subsidy.rules.Group;
import gov.linzhi.subsidy.rules.Level;
import gov.linzhi.subsidy.rules.Programme;
import gov.linzhi.subsidy.rules.Provider;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What was typed into the calculator, exactly as typed (so a page showing a problem gives it back), and its
 * reading as the API's {@link EvaluationRequest}. Reading only converts text to the request's types, the job
 * Jackson does for the JSON API; every rule about values is left to the request's own constraints and the engine.
 */
public final class CalculatorForm {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");
    /** Plain decimals only: an exponent such as 1e9 is not how anyone writes yuan. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private final Map<CaseField, String> typed;

    private CalculatorForm(Map<CaseField, String> typed) {
        this.typed = typed;
    }

    /**
     * The form from query parameters (first value of each, every value of a multiple choice, joined by commas;
     * unknown parameters ignored, personId included).
     */
    public static CalculatorForm of(Map<String, List<String>> parameters) {
        Map<CaseField, String> typed = new EnumMap<>(CaseField.class);
        parameters.forEach((name, values) -> CaseField.ofParameter(name)
                .filter(f -> values != null && !values.isEmpty() && values.get(0) != null)
                .ifPresent(f -> typed.put(f, f.kind() == CaseField.Kind.MULTI
                        ? String.join(",", values.stream().filter(v -> v != null && !v.isBlank()).toList()) : values.get(0))));
        return new CalculatorForm(typed);
    }

    /** The programme chosen, if what was typed is one. */
    public java.util.Optional<Programme> programme() {
        try {
            String typed = typed(CaseField.PROGRAMME).strip();
            return typed.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Programme.valueOf(typed));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /** The codes ticked in a multiple choice. */
    public java.util.Set<String> ticked(CaseField field) {
        String typed = typed(field);
        return typed.isBlank() ? java.util.Set.of() : java.util.Set.of(typed.split(","));
    }

    public static CalculatorForm empty() {
        return new CalculatorForm(new EnumMap<>(CaseField.class));
    }

    /** Whether anything was submitted (an empty form is a first visit, not a case). */
    public boolean isEmpty() {
        return typed.isEmpty();
    }

    /** The value as typed, "" when none. */
    public String typed(CaseField field) {
        return typed.getOrDefault(field, "");
    }

    /** The request, and a Chinese message for each field whose text is not a value of its type. */
    public Reading read() {
        Map<CaseField, String> problems = new EnumMap<>(CaseField.class);
        Reader r = new Reader(problems);
        String institutionName = r.text(CaseField.INSTITUTION_NAME);
        String creditCode = r.text(CaseField.INSTITUTION_CREDIT_CODE);
        EvaluationRequest request = EvaluationRequestBuilder.builder()
                .programme(r.choice(CaseField.PROGRAMME, Programme::valueOf))
                .level(r.choice(CaseField.LEVEL, Level::valueOf))
                .occupation(r.text(CaseField.OCCUPATION))
                .trainingCompletedOn(r.date(CaseField.TRAINING_COMPLETED_ON))
                .certificateLevel(r.choice(CaseField.CERTIFICATE_LEVEL, Level::valueOf))
                .certificateIssuedOn(r.date(CaseField.CERTIFICATE_ISSUED_ON))
                .appliedOn(r.date(CaseField.APPLIED_ON))
                .unemploymentInsuranceMonths(r.integer(CaseField.UNEMPLOYMENT_INSURANCE_MONTHS))
                .receivesMonthlyPension(r.check(CaseField.RECEIVES_MONTHLY_PENSION))
                .includesMandatedContent(r.check(CaseField.INCLUDES_MANDATED_CONTENT))
                .busFareOneWay(r.amount(CaseField.BUS_FARE_ONE_WAY))
                .difficultEnterprise(r.check(CaseField.DIFFICULT_ENTERPRISE))
                .trainingCost(r.amount(CaseField.TRAINING_COST))
                .institution(institutionName == null && creditCode == null ? null : new EvaluationRequest.Institution(institutionName, creditCode))
                .projectId(r.id(CaseField.PROJECT_ID))
                .provider(r.choice(CaseField.PROVIDER, Provider::valueOf))
                .trainingStartedOn(r.date(CaseField.TRAINING_STARTED_ON))
                .contractSignedOn(r.date(CaseField.CONTRACT_SIGNED_ON))
                .insuredInLinzhi("false".equals(r.text(CaseField.INSURED_IN_LINZHI)) ? Boolean.FALSE : null)
                .groups(r.groups(CaseField.GROUPS))
                .build();
        return new Reading(request, problems);
    }

    /** The request (fields that could not be read are null in it) and the reading problems by field. */
    public record Reading(EvaluationRequest request, Map<CaseField, String> problems) {
    }

    /** Reads one field at a time, noting why a text is not a value. */
    private final class Reader {
        private final Map<CaseField, String> problems;

        Reader(Map<CaseField, String> problems) {
            this.problems = problems;
        }

        /** The trimmed text; null when blank (a blank field is a field not given, as an absent JSON member). */
        String text(CaseField field) {
            String value = typed.get(field);
            return value == null || value.isBlank() ? null : value.strip();
        }

        <E extends Enum<E>> E choice(CaseField field, Function<String, E> valueOf) {
            return read(field, valueOf, "不是可选的" + field.label() + "，请从列表中选择");
        }

        /** The ticked codes; a code that is not one is a problem. */
        java.util.Set<Group> groups(CaseField field) {
            java.util.Set<String> ticked = ticked(field);
            if (ticked.isEmpty()) {
                return null;
            }
            java.util.Set<Group> groups = java.util.EnumSet.noneOf(Group.class);
            for (String code : ticked) {
                try {
                    groups.add(Group.valueOf(code.strip()));
                } catch (IllegalArgumentException e) {
                    problems.put(field, quoted(code) + "不是可选的" + field.label() + "，请从列表中选择");
                    return null;
                }
            }
            return groups;
        }

        LocalDate date(CaseField field) {
            return read(field, LocalDate::parse, "不是有效日期，请按 年-月-日 填写，如 2020-06-30");
        }

        Integer integer(CaseField field) {
            return read(field, value -> Integer.valueOf(matching(INTEGER, value)), "不是整数，请只填写数字");
        }

        Long id(CaseField field) {
            Integer value = integer(field);
            return value == null ? null : value.longValue();
        }

        BigDecimal amount(CaseField field) {
            return read(field, value -> new BigDecimal(matching(DECIMAL, value)), "不是金额，请填写数字，如 85.50");
        }

        /** The value of the field's text; null when blank or when it is not one (then the problem is noted). */
        private <T> T read(CaseField field, Function<String, T> parse, String notAValue) {
            String value = text(field);
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.put(field, quoted(value) + notAValue);
                return null;
            }
        }

        private static String matching(Pattern pattern, String value) {
            if (!pattern.matcher(value).matches()) {
                throw new IllegalArgumentException("not a plain number");
            }
            return value;
        }

        /** A ticked box is true; an unticked one is "not given", so a catalogued project's own value is not contradicted. */
        Boolean check(CaseField field) {
            return "true".equals(text(field)) ? Boolean.TRUE : null;
        }

        /** The typed text for a message, cut short: the field itself keeps all of it. */
        private static String quoted(String value) {
            return "“" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "”";
        }
    }
}
