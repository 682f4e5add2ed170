package gov.linzhi.tasks.pages;

import gov.linzhi.tasks.reports.Period;
import gov.linzhi.tasks.reports.ReportApi;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report form of a task page as typed: its fields read into the API's {@link ReportApi.FileReport},
 * what cannot be read (a year that is not a number, an unknown period) named per field in Chinese, and
 * the API's own Bean Validation violations of that body put beside the field they concern.
 */
public final class ReportFormInput {

    public static final String PERIOD = "period";
    public static final String YEAR = "year";
    public static final String PERCENT = "percentComplete";
    public static final String NARRATIVE = "narrative";
    public static final String PROBLEMS = "problems";
    public static final String NEXT_STEPS = "nextSteps";
    /** The form field of indicator {@code id}: {@code indicator-12}. */
    public static final String INDICATOR_PREFIX = "indicator-";

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final ReportApi.FileReport report;

    private ReportFormInput(Map<String, String> values, List<Long> indicatorIds) {
        this.values = values;
        Period period = period(values.get(PERIOD));
        Integer year = whole(YEAR, "年度");
        Integer percent = whole(PERCENT, "完成进度");
        List<ReportApi.IndicatorValue> indicatorValues = new ArrayList<>();
        for (Long id : indicatorIds) {
            String typed = values.get(INDICATOR_PREFIX + id);
            if (typed == null || typed.isBlank()) {
                continue;
            }
            try {
                indicatorValues.add(new ReportApi.IndicatorValue(id, new BigDecimal(typed.strip())));
            } catch (NumberFormatException e) {
                errors.put(INDICATOR_PREFIX + id, "请填写数字，例如 3200 或 12.5。");
            }
        }
        this.report = new ReportApi.FileReport(period, year, percent, values.get(NARRATIVE), blankToNull(values.get(PROBLEMS)),
                blankToNull(values.get(NEXT_STEPS)), indicatorValues);
    }

    /** Reads the posted fields (the first value of each) of a task with these indicators. */
    public static ReportFormInput read(Map<String, List<String>> form, List<Long> indicatorIds) {
        return new ReportFormInput(firstValues(form), indicatorIds);
    }

    /** Each posted field's first value, in the order posted (a browser sends each of these fields once). */
    static Map<String, String> firstValues(Map<String, List<String>> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, list) -> {
            if (list != null && !list.isEmpty()) {
                values.put(name, list.get(0));
            }
        });
        return values;
    }

    /** The body the API would take from this form; its fields that could not be read are null. */
    public ReportApi.FileReport report() {
        return report;
    }

    /**
     * Adds the API's violations of {@link #report()} (first per field), where this form has not already
     * said what is wrong with that field. An indicator value's violation goes beside that indicator.
     */
    public void addViolations(Set<? extends ConstraintViolation<?>> violations) {
        for (ConstraintViolation<?> v : violations) {
            String field = fieldOf(v.getPropertyPath().toString());
            errors.putIfAbsent(field, message(v));
        }
    }

    /** Adds a problem beside a field, unless the field already has one. */
    public void addError(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** What was typed, field by field, to show the form again as it was sent. */
    public Map<String, String> values() {
        return values;
    }

    public Map<String, String> errors() {
        return errors;
    }

    private Integer whole(String field, String name) {
        String typed = values.get(field);
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            errors.put(field, name + "应为整数，例如 " + (field.equals(YEAR) ? "2020" : "45") + "。");
            return null;
        }
    }

    private Period period(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Period.valueOf(typed.strip());
        } catch (IllegalArgumentException e) {
            errors.put(PERIOD, "没有这个报告期，请从列表中选择。");
            return null;
        }
    }

    private String fieldOf(String path) {
        // indicatorValues[1].value → the form field of that indicator
        if (path.startsWith("indicatorValues[")) {
            int close = path.indexOf(']');
            int index = Integer.parseInt(path.substring("indicatorValues[".length(), close));
            if (index < report.indicatorValues().size()) {
                return INDICATOR_PREFIX + report.indicatorValues().get(index).indicatorId();
            }
        }
        int dot = path.indexOf('.');
        return dot < 0 ? path : path.substring(0, dot);
    }

    /** The constraint in words, from its own attributes (so the bounds shown are the API's). */
    static String message(ConstraintViolation<?> v) {
        Annotation a = v.getConstraintDescriptor().getAnnotation();
        if (a instanceof NotNull || a instanceof NotBlank) {
            return "必填。";
        }
        if (a instanceof Size size) {
            return "不能超过 " + size.max() + " 个字。";
        }
        if (a instanceof Min min) {
            return "不能小于 " + min.value() + "。";
        }
        if (a instanceof Max max) {
            return "不能大于 " + max.value() + "。";
        }
        return v.getMessage();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
