package telltale.reference;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads phone numbers with libphonenumber (its metadata is the reference for numbering plans). A
 * national number is read in the country the candidate states; "00" before a country code is read
 * as "+", as most of the world dials it.
 */
public final class PhoneNumbers {
  public static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private PhoneNumbers() {}

  /** How many readings each thread keeps: a screening reads its few numbers several times. */
  static final int KEPT = 32;

  /** The last readings of this thread, by "country\nraw": a number or why it is none. */
  private static final ThreadLocal<Map<String, Object>> READ =
      ThreadLocal.withInitial(
          () ->
              new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
                  return size() > KEPT;
                }
              });

  /**
   * The parsed number (a copy the caller may change); throws when it cannot be read at all. The
   * rules and the linkage prints read the same few numbers of one screening; each is parsed once.
   */
  public static PhoneNumber parse(String raw, String country) throws NumberParseException {
    String region = country == null ? "ZZ" : country;
    String key = region + "\n" + raw;
    Map<String, Object> read = READ.get();
    Object kept = read.get(key);
    if (kept == null) {
      String text = raw.strip();
      if (text.startsWith("00")) {
        text = "+" + text.substring(2);
      }
      try {
        kept = UTIL.parse(text, region);
      } catch (NumberParseException e) {
        kept = e;
      }
      read.put(key, kept);
    }
    if (kept instanceof NumberParseException e) {
      throw e;
    }
    return new PhoneNumber().mergeFrom((PhoneNumber) kept);
  }

  /** Written with a country code (+ or 00), so it says which country it belongs to. */
  public static boolean international(String raw) {
    String text = raw.strip();
    return text.startsWith("+") || text.startsWith("00");
  }
}
