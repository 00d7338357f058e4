package telltale.card.control;

import static java.util.stream.Collectors.joining;

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
import telltale.screening.entity.CaseEvent;
import telltale.screening.entity.Provenance;
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
    String csrf,
    List<Step> timeline) {

  /** Signals shown first. */
  static final int STRONGEST = 3;

  private static final Set<String> LINKAGE_RULES =
      Set.of("shared_attributes", "resume_text_reuse", "resume_document_reuse");
  private static final Pattern ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  /** One signal in plain words. */
  public record Item(
      String rule,
      String title,
      String strength,
      String evidence,
      String step,
      String script,
      List<String> innocentExplanations,
      String explainedBy,
      String from) {}

  /** One screening of the case timeline in plain words. */
  public record Step(String when, String standing, String what, boolean current) {}

  /** A rule that could not run, and what it lacked. */
  public record Unchecked(String title, String missing) {}

  /**
   * The card of a screening; explainAction and csrf let a recruiter mark a signal as explained from
   * the card (null where the card offers no such form).
   */
  public static CardView of(
      Screening s,
      Catalogue catalogue,
      String interviewPath,
      String explainAction,
      String csrf,
      List<CaseEvent> timeline) {
    List<Item> items =
        s.signals().stream()
            .map(
                signal ->
                    item(
                        signal,
                        Provenance.feeding(
                            s.provenance(),
                            catalogue
                                .rule(signal.id())
                                .map(RuleDefinition::reads)
                                .orElse(List.of()))))
            .toList();
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
        csrf,
        timeline.stream().map(e -> step(e, s.id())).toList());
  }

  private static Step step(CaseEvent e, String current) {
    StringBuilder what = new StringBuilder(words(e.trigger()));
    if (e.from() != null) {
      what.append(" by ").append(InertText.inert(e.from()));
    }
    if (!e.arrived().isEmpty() && !e.trigger().equals("screened")) {
      what.append(": ")
          .append(e.arrived().stream().map(p -> words(p.fact())).distinct().collect(joining(", ")));
    }
    String band =
        e.band().name().toLowerCase(Locale.ROOT)
            + ", score "
            + e.score()
            + (e.bandMoved()
                ? " (was " + e.bandBefore().name().toLowerCase(Locale.ROOT) + ")"
                : "");
    return new Step(
        WHEN.format(e.at().atOffset(ZoneOffset.UTC)),
        band,
        what.toString(),
        e.screeningId().equals(current));
  }

  /** "payroll account holder — from the HR system, 3 Dec · phones — from Greenhouse, 1 Dec". */
  static String from(List<Provenance> fed) {
    if (fed.isEmpty()) {
      return null;
    }
    return fed.stream()
        .map(
            p ->
                words(p.fact())
                    + " — from "
                    + InertText.inert(p.from())
                    + ", "
                    + DAY.format(p.at().atOffset(ZoneOffset.UTC)))
        .collect(joining(" · "));
  }

  /**
   * A fact or action name in words: onboarding.payrollAccountHolder is "payroll account holder".
   */
  static String words(String name) {
    String last = name.substring(name.lastIndexOf('.') + 1);
    return last.replace('_', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  private static Item item(Signal signal, List<Provenance> fed) {
    return new Item(
        signal.id(),
        signal.title(),
        signal.strength().name(),
        InertText.inert(signal.evidence()),
        signal.guidance().step(),
        signal.guidance().script(),
        signal.innocentExplanations(),
        signal.explainedBy(),
        from(fed));
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
