package telltale.meetings.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Google Meet meeting code from what a person pastes: the code ("abc-defg-hij", any case, with or
 * without hyphens) or a join link (https://meet.google.com/abc-defg-hij?authuser=0). Telltale keeps
 * the code as Meet shows it, lower case and hyphenated; the Admin SDK Reports API logs it upper
 * case without hyphens ({@link #logged}), as in its call_ended events ("meeting_code":
 * "FPXHJKQQFH").
 */
public final class MeetCodes {
  private static final Pattern CODE = Pattern.compile("([a-z]{3})-?([a-z]{4})-?([a-z]{3})");

  private MeetCodes() {}

  public static Optional<String> parse(String given) {
    String text = given.strip();
    Optional<String> code = code(text);
    if (code.isPresent()) {
      return code;
    }
    try {
      URI link = new URI(text.contains("://") ? text : "https://" + text);
      String host = link.getHost() == null ? "" : link.getHost().toLowerCase(Locale.ROOT);
      String scheme = link.getScheme().toLowerCase(Locale.ROOT);
      if (!host.equals("meet.google.com")
          || !(scheme.equals("https") || scheme.equals("http"))
          || link.getPath() == null) {
        return Optional.empty();
      }
      String path = link.getPath().replaceAll("/+$", "");
      return path.startsWith("/") ? code(path.substring(1)) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** The code as the Reports API logs it in meeting_code: upper case, no hyphens. */
  public static String logged(String code) {
    return code.replace("-", "").toUpperCase(Locale.ROOT);
  }

  private static Optional<String> code(String text) {
    Matcher m = CODE.matcher(text.toLowerCase(Locale.ROOT));
    return m.matches()
        ? Optional.of(m.group(1) + "-" + m.group(2) + "-" + m.group(3))
        : Optional.empty();
  }
}
