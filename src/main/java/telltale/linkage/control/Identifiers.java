package telltale.linkage.control;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import telltale.profile.PersonName;
import telltale.reference.PhoneNumbers;

/**
 * Normal forms of identifiers, so that the same phone, e-mail, address or name written twice
 * differently gives the same fingerprint.
 */
public final class Identifiers {
  private static final PhoneNumberUtil PHONES = PhoneNumbers.UTIL;
  private static final Set<String> DOT_BLIND_MAIL = Set.of("gmail.com", "googlemail.com");
  private static final Pattern NON_DIGIT = Pattern.compile("\\D");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Identifiers() {}

  /** E.164 through libphonenumber; an unreadable number falls back to its digits (7 or more). */
  public static Optional<String> phone(String raw, String country) {
    try {
      var number = PhoneNumbers.parse(raw, country);
      if (PHONES.isValidNumber(number)) {
        return Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
      }
    } catch (NumberParseException e) {
      // fall through to digits
    }
    String digits = NON_DIGIT.matcher(raw).replaceAll("");
    return digits.length() >= 7 ? Optional.of("digits:" + digits) : Optional.empty();
  }

  /** Lower case, +tags removed, and Gmail's ignored dots folded. */
  public static Optional<String> email(String raw) {
    String email = raw.strip().toLowerCase(Locale.ROOT);
    int at = email.lastIndexOf('@');
    if (at <= 0 || at == email.length() - 1) {
      return Optional.empty();
    }
    String local = email.substring(0, at);
    String domain = email.substring(at + 1);
    int plus = local.indexOf('+');
    if (plus > 0) {
      local = local.substring(0, plus);
    }
    if (DOT_BLIND_MAIL.contains(domain)) {
      local = local.replace(".", "");
      domain = "gmail.com";
    }
    return Optional.of(local + "@" + domain);
  }

  /**
   * A name as a sorted multiset of letters: any script, case, accents, order and spacing give the
   * same key (Dana Reyes = REYES dana, 김민준 = 민준 김).
   */
  public static Optional<String> name(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String plain =
        MARKS
            .matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    String letters = NON_WORD.matcher(plain).replaceAll("");
    if (letters.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        letters
            .codePoints()
            .sorted()
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString());
  }

  public static Optional<String> name(PersonName name) {
    return name == null ? Optional.empty() : name(name.full());
  }
}
