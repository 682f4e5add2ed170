package gov.linzhi.subsidy.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A case names its programme, occupation and completion date, unless it names a catalogued project that supplies them. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CaseOrProject.Validator.class)
public @interface CaseOrProject {
    String message() default "must not be null";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CaseOrProject, EvaluationRequest> {
        @Override
        public boolean isValid(EvaluationRequest r, ConstraintValidatorContext context) {
            if (r == null || r.projectId() != null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (r.programme() == null) {
                valid = violation(context, "programme", "must not be null");
            }
            if (r.occupation() == null || r.occupation().isBlank()) {
                valid = violation(context, "occupation", "must not be blank");
            }
            if (r.trainingCompletedOn() == null) {
                valid = violation(context, "trainingCompletedOn", "must not be null");
            }
            return valid;
        }

        private static boolean violation(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
