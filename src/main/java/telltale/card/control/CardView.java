package telltale.card.control;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import telltale.catalogue.entity.Catalogue;
import telltale.catalogue.entity.RuleDefinition;
import telltale.screening.entity.Screening;
import telltale.screening.entity.Signal;

/** What a screening card shows, strongest signals first, every candidate value made inert. */
public record CardView(
    String id,
    String candidate,
    String bandKey,
    String bandLabel,
    String bandReason,
    int score,
    List<Item> strongest,
    List<Item> others,
    List<String> steps,
    List<String> standardSteps,
    List<Unchecked> unchecked,
    List<String> inputNotes,
    int evaluated,
    int total,
    List<String> linked,
    String tier,
    String catalogueVersion,
    String screenedAt,
    String interviewPath,
    String explainAction,
    String csrf) {

  /** Signals shown first. */
  static final int STRONGEST = 3;

  private static final Set<String> LINKAGE_RULES =
      Set.of("shared_attributes", "resume_text_reuse", "resume_document_reuse");
  private static final Pattern ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

  /** One signal in plain words. */
  public record Item(
      String rule,
      String title,
      String strength,
      String evidence,
      String step,
      String script,
      List<String> innocentExplanations,
      String explainedBy) {}

  /** A rule that could not run, and what it lacked. */
  public record Unchecked(String title, String missing) {}

  /**
   * The card of a screening; explainAction and csrf let a recruiter mark a signal as explained from
   * the card (null where the card offers no such form).
   */
  public static CardView of(
      Screening s, Catalogue catalogue, String interviewPath, String explainAction, String csrf) {
    List<Item> items = s.signals().stream().map(CardView::item).toList();
    List<Unchecked> unchecked =
        s.coverage().notEvaluated().stream()
            .map(
                n ->
                    new Unchecked(
                        catalogue.rule(n.id()).map(RuleDefinition::title).orElse(n.id()),
                        String.join(", ", n.missing())))
            .toList();
    List<String> signalSteps =
        s.signals().stream().map(signal -> signal.guidance().step()).distinct().toList();
    return new CardView(
        InertText.inert(s.id()),
        s.ats().name().toLowerCase(Locale.ROOT) + " candidate " + InertText.inert(s.candidateId()),
        s.band().name().toLowerCase(Locale.ROOT),
        s.bandLabel(),
        s.bandReason(),
        s.score(),
        items.subList(0, Math.min(STRONGEST, items.size())),
        items.subList(Math.min(STRONGEST, items.size()), items.size()),
        signalSteps,
        s.guidance().nextSteps().stream().filter(step -> !signalSteps.contains(step)).toList(),
        unchecked,
        s.coverage().notes().stream().map(InertText::inert).toList(),
        s.coverage().evaluated(),
        s.coverage().total(),
        linked(s.signals()),
        s.guidance().tier().name(),
        s.catalogueVersion(),
        WHEN.format(s.screenedAt().atOffset(ZoneOffset.UTC)),
        interviewPath,
        explainAction,
        csrf);
  }

  private static Item item(Signal signal) {
    return new Item(
        signal.id(),
        signal.title(),
        signal.strength().name(),
        InertText.inert(signal.evidence()),
        signal.guidance().step(),
        signal.guidance().script(),
        signal.innocentExplanations(),
        signal.explainedBy());
  }

  /** Earlier screenings the linkage rules name (opaque ids only). */
  private static List<String> linked(List<Signal> signals) {
    Set<String> ids = new LinkedHashSet<>();
    for (Signal signal : signals) {
      if (LINKAGE_RULES.contains(signal.id())) {
        Matcher m = ID.matcher(signal.evidence());
        while (m.find()) {
          ids.add(m.group());
        }
      }
    }
    return new ArrayList<>(ids);
  }
}
