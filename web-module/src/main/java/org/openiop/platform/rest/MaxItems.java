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
import java.util.Collection;

/**
 * A list field of a request record holds at most {@code value} items, and each text item at most
 * {@code itemLength} characters. See {@link MaxLength} for why this is not {@code @Size}.
 */
@Documented
@Constraint(validatedBy = MaxItems.Check.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface MaxItems {

    int value();

    int itemLength() default 200;

    String message() default
            "must hold at most {value} items of at most {itemLength} characters each";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<MaxItems, Collection<?>> {
        private int max;
        private int itemLength;

        @Override
        public void initialize(MaxItems limit) {
            max = limit.value();
            itemLength = limit.itemLength();
        }

        @Override
        public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
            return value == null
                    || value.size() <= max
                            && value.stream()
                                    .allMatch(
                                            v ->
                                                    !(v instanceof CharSequence s)
                                                            || s.length() <= itemLength);
        }
    }
}
