package org.openiop.platform.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A text field of a request record holds at most {@code value} characters. Our own constraint
 * rather than {@code @Size}: Payara's OpenAPI scanner fails on {@code @Size} on a record component
 * (a NullPointerException in its bean-validation step that empties /openapi), and request bodies
 * are records.
 */
@Documented
@Constraint(validatedBy = MaxLength.Check.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface MaxLength {

    int value();

    String message() default "must be at most {value} characters long";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<MaxLength, CharSequence> {
        private int max;

        @Override
        public void initialize(MaxLength limit) {
            max = limit.value();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || value.length() <= max;
        }
    }
}
