package telltale.card.control;

import java.util.ArrayList;
import java.util.List;
import telltale.catalogue.entity.Catalogue;
import telltale.catalogue.entity.Checklist;
import telltale.catalogue.entity.Handbook;
import telltale.catalogue.entity.RuleDefinition;
import telltale.catalogue.entity.Source;

/** The trainer handbook: the catalogue's rules per checklist, with the handbook's own material. */
public record HandbookView(
    String version,
    List<Section> sections,
    List<Handbook.Refused> refused,
    List<Story> cases,
    List<Handbook.Module> modules,
    List<Quiz> quiz) {

  /** One checklist and its signs. */
  public record Section(String key, String title, String when, List<Sign> signs) {}

  /** One sign as a trainer teaches it. */
  public record Sign(
      String id,
      String indicator,
      String title,
      String strength,
      String training,
      List<String> innocentExplanations,
      String step,
      String script,
      List<Link> sources) {}

  /** A source with an address only when it is http(s). */
  public record Link(String title, String publisher, String href) {}

  /** A documented case with the titles of the rules it illustrates. */
  public record Story(
      String title, int year, String story, List<String> signs, String whatCaughtIt) {}

  /** A quiz question with its options lettered and the answer explained. */
  public record Quiz(
      int number, String question, List<String> options, String answer, String explanation) {}

  public static HandbookView of(Catalogue catalogue, Handbook handbook) {
    List<Section> sections =
        List.of(
            section(
                catalogue,
                Checklist.fake_identity,
                "Application time: is the identity real?",
                "When the application and resume arrive."),
            section(
                catalogue,
                Checklist.proxy_interview,
                "Interview time: is the applicant the person on the call?",
                "During video interviews, from what interviewers observe."),
            section(
                catalogue,
                Checklist.onboarding,
                "Offer to first day: onboarding and payment",
                "Between the offer and the first weeks of work."));
    List<Story> stories =
        handbook.cases().stream()
            .map(
                c ->
                    new Story(
                        c.title(),
                        c.year(),
                        c.story(),
                        c.indicators().stream()
                            .map(id -> catalogue.rule(id).map(RuleDefinition::title).orElse(id))
                            .toList(),
                        c.whatCaughtIt()))
            .toList();
    List<Quiz> quiz = new ArrayList<>();
    for (int i = 0; i < handbook.quiz().size(); i++) {
      Handbook.Question q = handbook.quiz().get(i);
      List<String> options = new ArrayList<>();
      for (int o = 0; o < q.options().size(); o++) {
        options.add(letter(o) + ". " + q.options().get(o));
      }
      quiz.add(
          new Quiz(
              i + 1,
              q.question(),
              options,
              letter(q.answer()) + ". " + q.correct(),
              q.explanation()));
    }
    return new HandbookView(
        catalogue.version(), sections, handbook.refused(), stories, handbook.modules(), quiz);
  }

  private static Section section(
      Catalogue catalogue, Checklist checklist, String title, String when) {
    return new Section(
        checklist.name(),
        title,
        when,
        catalogue.rules().stream()
            .filter(r -> r.checklist() == checklist)
            .map(HandbookView::sign)
            .toList());
  }

  private static Sign sign(RuleDefinition rule) {
    return new Sign(
        rule.id(),
        rule.indicator(),
        rule.title(),
        rule.strength().name(),
        rule.training(),
        rule.innocentExplanations(),
        rule.guidance().step(),
        rule.guidance().script(),
        rule.sources().stream().map(HandbookView::link).toList());
  }

  private static Link link(Source source) {
    return new Link(source.title(), source.publisher(), InertText.href(source.url()));
  }

  private static String letter(int position) {
    return String.valueOf((char) ('A' + position));
  }
}
