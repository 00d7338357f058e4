package telltale.meetings.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Teams meeting's key from its join link (https://teams.microsoft.com/l/meetup-join/19%3ameeting_
 * ...%40thread.v2/0?context=...), the same for the link a person pastes and a call record's
 * joinWebUrl: the decoded thread id without its fixed "19:" and "@thread.v2" ("meeting_NGQ..."),
 * or, when that does not fit 64 characters or names a channel meeting, the SHA-256 hex of thread id
 * and message id. Outlook's Safe Links wrapping is removed first.
 */
public final class TeamsMeetingKeys {
  private static final Pattern JOIN_PATH = Pattern.compile("/l/meetup-join/([^/]+)/([^/?#]+)/?");
  private static final Pattern THREAD =
      Pattern.compile("19:[A-Za-z0-9_\\-.=+]{1,200}@thread\\.[a-z0-9]{1,10}");
  private static final Pattern SIMPLE =
      Pattern.compile("19:(meeting_[A-Za-z0-9_\\-]{1,56})@thread\\.v2");

  private TeamsMeetingKeys() {}

  public static Optional<String> parse(String given) {
    if (given == null) {
      return Optional.empty();
    }
    try {
      URI link = new URI(given.strip());
      String host = link.getHost() == null ? "" : link.getHost().toLowerCase(Locale.ROOT);
      if (host.endsWith(".safelinks.protection.outlook.com") && link.getRawQuery() != null) {
        for (String pair : link.getRawQuery().split("&")) {
          if (pair.startsWith("url=")) {
            return parse(decode(pair.substring(4)));
          }
        }
        return Optional.empty();
      }
      boolean teams =
          host.equals("teams.microsoft.com")
              || host.endsWith(".teams.microsoft.com")
              || host.equals("teams.microsoft.us")
              || host.endsWith(".teams.microsoft.us");
      if (!teams || link.getRawPath() == null || !"https".equalsIgnoreCase(link.getScheme())) {
        return Optional.empty();
      }
      Matcher m = JOIN_PATH.matcher(link.getRawPath());
      if (!m.matches()) {
        return Optional.empty();
      }
      String thread = decode(decode(m.group(1)));
      String message = decode(m.group(2));
      if (!THREAD.matcher(thread).matches() || !message.matches("\\d{1,20}")) {
        return Optional.empty();
      }
      Matcher simple = SIMPLE.matcher(thread);
      if (simple.matches() && message.equals("0")) {
        return Optional.of(simple.group(1));
      }
      return Optional.of(sha256(thread + "/" + message));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
