package gov.linzhi.subsidy.pages;

import gov.linzhi.platform.domain.DomainException;
import gov.linzhi.subsidy.rules.InvalidCaseException;
import gov.linzhi.subsidy.api.DecisionView;
import gov.linzhi.subsidy.api.EvaluationRequest;
import gov.linzhi.subsidy.evaluations.EvaluationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides the calculator's case the way {@code POST /api/v1/evaluations} does: the request's Bean Validation
 * constraints, then {@link EvaluationService}, whose catalogue check may still refuse a field. The page only
 * words the problems in Chinese and puts each next to its field.
 */
@ApplicationScoped
public class Calculator {

    @Inject
    Validator validator;

    @Inject
    EvaluationService evaluations;

    /** Either a decision or the problems, by field (problems no field owns under {@code general}). */
    public record Outcome(DecisionView decision, Map<CaseField, String> problems, List<String> general) {

        public boolean invalid() {
            return decision == null;
        }
    }

    public Outcome decide(CalculatorForm form) {
        CalculatorForm.Reading reading = form.read();
        Map<CaseField, String> problems = new EnumMap<>(reading.problems());
        List<String> general = new ArrayList<>();
        for (ConstraintViolation<EvaluationRequest> v : validator.validate(reading.request())) {
            Optional<CaseField> field = CaseField.ofApiPath(v.getPropertyPath().toString());
            // a field that could not be read is null in the request: its reading problem is the one to show
            field.ifPresentOrElse(f -> problems.putIfAbsent(f, ChineseMessages.of(v, f)), () -> general.add(v.getMessage()));
        }
        if (!problems.isEmpty() || !general.isEmpty()) {
            return new Outcome(null, problems, general);
        }
        try {
            return new Outcome(evaluations.evaluate(reading.request()), problems, general);
        } catch (InvalidCaseException e) {
            // a fact the programme requires (岗前培训's dates), or one the rule set in force cannot take
            for (InvalidCaseException.Problem p : e.problems()) {
                CaseField.ofApiPath(p.field().replaceFirst("\\[\\d+]$", "")).ifPresentOrElse(
                        f -> problems.put(f, p.kind() == InvalidCaseException.Kind.VALIDATION_FAILED ? f.label() + "必须填写"
                                : f.label() + "填写有误：" + p.message()),
                        () -> general.add(p.field() + ": " + p.message()));
            }
            return new Outcome(null, problems, general);
        } catch (DomainException e) {
            if (e.fields().isEmpty()) {
                throw e;
            }
            for (DomainException.FieldError v : e.fields()) {
                CaseField.ofApiPath(v.field()).ifPresentOrElse(f -> problems.put(f, ChineseMessages.ofCatalogue(f)),
                        () -> general.add(v.field() + ": " + v.message()));
            }
            return new Outcome(null, problems, general);
        }
    }
}
