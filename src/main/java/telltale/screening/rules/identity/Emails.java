package telltale.screening.rules.identity;

import java.util.Locale;

/** E-mail address parts. */
final class Emails {
  private Emails() {}

  static String domain(String email) {
    int at = email.lastIndexOf('@');
    return at < 0 ? "" : email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
  }
}
