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
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The value is the name of one of an enum's constants. Request records take such fields as strings
 * because a JSON binder's failure on an unknown constant does not say which field it was, while
 * this constraint names the field and lists the allowed values.
 */
@Documented
@Constraint(validatedBy = EnumName.Validator.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface EnumName {
  Class<? extends Enum<?>> value();

  String message() default "must be one of {allowed}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the name against the enum's constants and lists them in the message. */
  class Validator implements ConstraintValidator<EnumName, String> {
    private String[] names;

    @Override
    public void initialize(EnumName annotation) {
      names =
          Arrays.stream(annotation.value().getEnumConstants())
              .map(Enum::name)
              .toArray(String[]::new);
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || Arrays.asList(names).contains(value)) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(
              "must be one of " + Arrays.stream(names).collect(Collectors.joining(", ")))
          .addConstraintViolation();
      return false;
    }
  }
}
