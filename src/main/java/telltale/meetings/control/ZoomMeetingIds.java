package telltale.meetings.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Zoom meeting's number from what a person pastes: the number itself or a join link. */
public final class ZoomMeetingIds {
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d \\-]{7,20}");
  private static final Pattern JOIN_PATH =
      Pattern.compile("/(?:j|w|s|wc/join|wc)/(\\d{9,12})(?:/.*)?");

  private ZoomMeetingIds() {}

  public static Optional<String> parse(String given) {
    String text = given.strip();
    if (NUMBER.matcher(text).matches()) {
      String digits = text.replaceAll("\\D", "");
      return digits.length() >= 9 && digits.length() <= 12 ? Optional.of(digits) : Optional.empty();
    }
    try {
      URI link = new URI(text);
      String host = link.getHost() == null ? "" : link.getHost().toLowerCase(Locale.ROOT);
      boolean zoom =
          host.equals("zoom.us") || host.endsWith(".zoom.us") || host.endsWith(".zoomgov.com");
      if (!zoom || link.getPath() == null) {
        return Optional.empty();
      }
      Matcher m = JOIN_PATH.matcher(link.getPath());
      return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
