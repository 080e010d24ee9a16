package app.waypoint.base.service;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link MaxLength}: no text at all is fine, as with {@code @Size}. */
public class MaxLengthValidator implements ConstraintValidator<MaxLength, CharSequence> {

    private int max;

    @Override
    public void initialize(MaxLength constraint) {
        max = constraint.value();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return TextInput.length(value) <= max;
    }
}
