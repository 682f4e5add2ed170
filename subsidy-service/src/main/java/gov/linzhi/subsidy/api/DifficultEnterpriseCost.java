package gov.linzhi.subsidy.api;

import gov.linzhi.subsidy.rules.Programme;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A difficult enterprise's training (paid at full cost) must state its cost. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DifficultEnterpriseCost.Validator.class)
public @interface DifficultEnterpriseCost {
    String message() default "required when difficultEnterprise is true for ENTERPRISE_TRAINING (the full cost is subsidised)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DifficultEnterpriseCost, EvaluationRequest> {
        @Override
        public boolean isValid(EvaluationRequest r, ConstraintValidatorContext context) {
            if (r == null || r.programme() != Programme.ENTERPRISE_TRAINING || !Boolean.TRUE.equals(r.difficultEnterprise())
                    || r.trainingCost() != null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("trainingCost").addConstraintViolation();
            return false;
        }
    }
}
