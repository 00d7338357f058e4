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
import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code in capitals, such as US (XX or UK are not). */
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Constraint(validatedBy = CountryCode.Validator.class)
public @interface CountryCode {
  String message() default "must be a two-letter ISO 3166-1 country code such as US";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The assigned codes, as the JDK knows them. */
  Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

  class Validator implements ConstraintValidator<CountryCode, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      // another form (us, USA) is @Pattern's to report, so a field gets one message
      return value == null || !value.matches("[A-Z]{2}") || CODES.contains(value);
    }
  }
}
