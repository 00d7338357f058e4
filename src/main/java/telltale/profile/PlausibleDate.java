package telltale.profile;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A date or timestamp in the years 1900 to 2100: anything outside (year -1, 9999) is a typing or
 * conversion mistake, and rules comparing dates would reason from it.
 */
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Constraint(validatedBy = {PlausibleDate.OfInstant.class, PlausibleDate.OfDate.class})
public @interface PlausibleDate {
  int FIRST_YEAR = 1900;
  int LAST_YEAR = 2100;

  String message() default "must be a date in the years 1900 to 2100";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself, for code that cleans dates rather than refusing them. */
  final class Years {
    private Years() {}

    public static boolean plausible(int year) {
      return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
  }

  class OfInstant implements ConstraintValidator<PlausibleDate, Instant> {
    @Override
    public boolean isValid(Instant value, ConstraintValidatorContext context) {
      return value == null || Years.plausible(value.atOffset(ZoneOffset.UTC).getYear());
    }
  }

  class OfDate implements ConstraintValidator<PlausibleDate, LocalDate> {
    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      return value == null || Years.plausible(value.getYear());
    }
  }
}
