package telltale.reference;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Reads phone numbers with libphonenumber (its metadata is the reference for numbering plans). A
 * national number is read in the country the candidate states; "00" before a country code is read
 * as "+", as most of the world dials it.
 */
public final class PhoneNumbers {
  public static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private PhoneNumbers() {}

  /** The parsed number; throws when it cannot be read at all. */
  public static PhoneNumber parse(String raw, String country) throws NumberParseException {
    String text = raw.strip();
    if (text.startsWith("00")) {
      text = "+" + text.substring(2);
    }
    return UTIL.parse(text, country == null ? "ZZ" : country);
  }

  /** Written with a country code (+ or 00), so it says which country it belongs to. */
  public static boolean international(String raw) {
    String text = raw.strip();
    return text.startsWith("+") || text.startsWith("00");
  }
}
