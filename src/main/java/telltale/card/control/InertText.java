package telltale.card.control;

import java.util.regex.Pattern;

/** Candidate text made inert for display beyond HTML escaping (which the templates do). */
public final class InertText {
  /** Bidirectional controls that can make text read backwards (e.g. U+202E). */
  private static final Pattern BIDI =
      Pattern.compile("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

  private InertText() {}

  public static String inert(String text) {
    return text == null ? null : BIDI.matcher(text).replaceAll("\uFFFD");
  }

  /** Only http(s) addresses become links; anything else is shown as text. */
  public static String href(String url) {
    return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
  }
}
