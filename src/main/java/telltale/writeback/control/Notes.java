package telltale.writeback.control;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import telltale.catalogue.entity.Band;
import telltale.screening.entity.Screening;
import telltale.screening.entity.Signal;

/**
 * The note and the tag written into the ATS: the band in the catalogue's words, the top signals by
 * their titles (never their evidence, which may quote personal data), the next steps and a link to
 * the card. Neutral wording: it says what to verify, never what someone is.
 */
public final class Notes {
  /** Signals and next steps named in a note. */
  static final int TOP = 3;

  private Notes() {}

  /**
   * The note text. cardUrl is the public, signed card address; null (no telltale.card.base-url)
   * leaves the card line out, since an API path means nothing to a recruiter.
   */
  public static String text(Screening screening, URI cardUrl) {
    StringBuilder note = new StringBuilder();
    note.append("Telltale screening: ")
        .append(screening.bandLabel())
        .append(" (")
        .append(screening.band().name())
        .append(", score ")
        .append(screening.score())
        .append(")\n");
    List<Signal> top =
        screening.signals().stream()
            .sorted(Comparator.comparingInt(Signal::points).reversed())
            .limit(TOP)
            .toList();
    if (top.isEmpty()) {
      note.append("No signals fired.\n");
    } else {
      note.append("Signals: ")
          .append(top.stream().map(Signal::title).collect(Collectors.joining("; ")))
          .append('\n');
    }
    List<String> steps = screening.guidance().nextSteps().stream().limit(TOP).toList();
    if (!steps.isEmpty()) {
      note.append("Next steps:\n");
      steps.forEach(step -> note.append("- ").append(step).append('\n'));
    }
    if (cardUrl != null) {
      note.append("Card: ").append(cardUrl).append('\n');
    }
    note.append("Telltale never rejects anyone; a person decides.");
    return note.toString();
  }

  /** The tag naming the band, e.g. telltale-elevated. */
  public static String tag(Band band) {
    return "telltale-" + band.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a screening is worth writing back: the first one of a candidate, or one whose band or
   * set of fired rules differs from the previous screening's.
   */
  public static boolean changed(Screening screening, Screening previous) {
    if (previous == null) {
      return true;
    }
    return screening.band() != previous.band() || !ruleIds(screening).equals(ruleIds(previous));
  }

  private static Set<String> ruleIds(Screening screening) {
    return screening.signals().stream().map(Signal::id).collect(Collectors.toSet());
  }
}
