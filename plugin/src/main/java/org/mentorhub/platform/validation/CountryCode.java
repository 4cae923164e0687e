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
 * The value is an ISO 3166-1 alpha-2 country code such as "GB" or "KE" (any case); null is left to
 * {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = CountryCode.Validator.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface CountryCode {
  String message() default "must be an ISO 3166-1 alpha-2 country code such as \"GB\" or \"KE\"";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks against the JDK's list of codes. */
  class Validator implements ConstraintValidator<CountryCode, String> {
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || CODES.contains(value.trim().toUpperCase(Locale.ROOT));
    }
  }
}
