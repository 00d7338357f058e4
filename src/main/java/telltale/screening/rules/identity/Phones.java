package telltale.screening.rules.identity;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;
import telltale.profile.CandidateProfile;
import telltale.reference.PhoneNumbers;

/** Reads the candidate's phone numbers with libphonenumber. */
final class Phones {
  static final PhoneNumberUtil UTIL = PhoneNumbers.UTIL;

  private Phones() {}

  /** How one phone string reads: parsed, unparseable, or not readable without a country. */
  record Reading(String raw, PhoneNumber number, boolean needsCountry) {
    boolean parsed() {
      return number != null;
    }

    boolean valid() {
      return number != null && UTIL.isValidNumber(number);
    }

    boolean international() {
      return PhoneNumbers.international(raw);
    }

    Optional<String> region() {
      return Optional.ofNullable(number)
          .map(UTIL::getRegionCodeForNumber)
          .filter(r -> !PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(r));
    }
  }

  /** A national-format number is read in the country the candidate says they live in. */
  static Reading read(String raw, CandidateProfile profile) {
    String country = profile.location() == null ? null : profile.location().country();
    try {
      return new Reading(raw, PhoneNumbers.parse(raw, country), false);
    } catch (NumberParseException e) {
      boolean needsCountry =
          country == null
              && e.getErrorType() == NumberParseException.ErrorType.INVALID_COUNTRY_CODE;
      return new Reading(raw, null, needsCountry);
    }
  }
}
