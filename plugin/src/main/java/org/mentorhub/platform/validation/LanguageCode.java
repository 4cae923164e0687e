package org.mentorhub.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;

/**
 * The value is an ISO 639-1 language code such as "en" or "es" (any case); null is left to
 * {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = LanguageCode.Validator.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface LanguageCode {
  String message() default "must be an ISO 639-1 language code such as \"en\" or \"es\"";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks against the JDK's list of codes. */
  class Validator implements ConstraintValidator<LanguageCode, String> {
    private static final Set<String> CODES = Set.of(Locale.getISOLanguages());

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || CODES.contains(value.trim().toLowerCase(Locale.ROOT));
    }
  }
}
