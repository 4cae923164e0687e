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
import java.time.ZoneId;
import java.util.Set;

/**
 * The value is an IANA time zone such as "Europe/London"; fixed offsets like "+02:00" are refused
 * because they get daylight-saving time wrong for half the year.
 */
@Documented
@Constraint(validatedBy = TimeZoneId.Validator.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface TimeZoneId {
  String message() default "must be an IANA time zone such as \"Europe/London\"";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks against the JDK's time-zone database. */
  class Validator implements ConstraintValidator<TimeZoneId, String> {
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || ZONES.contains(value.trim());
    }
  }
}
