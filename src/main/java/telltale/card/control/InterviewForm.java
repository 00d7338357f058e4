package telltale.card.control;

import java.util.ArrayList;
import java.util.List;
import telltale.cardlinks.CardLinks;
import telltale.catalogue.entity.Catalogue;
import telltale.catalogue.entity.Checklist;
import telltale.catalogue.entity.RuleDefinition;
import telltale.profile.Interview;
import telltale.profile.IpLiteral;
import telltale.profile.Observation;
import telltale.screening.entity.Screening;

/**
 * The interviewer's checklist: each interview-time rule of the catalogue as a plain question with
 * the challenge prompt of its guidance, and what the form sends back.
 */
public record InterviewForm(
    String id,
    String bandLabel,
    String action,
    String cardPath,
    String csrf,
    int round,
    List<Question> questions) {

  /** One thing to look for, with how to check it and what to say. */
  public record Question(String code, String question, String howToCheck, String script) {}

  public static InterviewForm of(
      Catalogue catalogue, Screening screening, CardLinks.Signed link, String csrf, int round) {
    List<Question> questions = new ArrayList<>();
    for (Observation code : Observation.values()) {
      catalogue
          .rule(code.name())
          .filter(r -> r.checklist() == Checklist.proxy_interview)
          .ifPresent(r -> questions.add(question(code, r)));
    }
    return new InterviewForm(
        InertText.inert(screening.id()),
        screening.bandLabel(),
        link.interviewPath(),
        link.cardPath(),
        csrf,
        round,
        questions);
  }

  private static Question question(Observation code, RuleDefinition rule) {
    return new Question(
        code.name(),
        "Did you notice this? " + rule.title(),
        rule.guidance().step(),
        rule.guidance().script());
  }

  /** The round the form describes; a mistake becomes a 400 page that names it. */
  public static Interview round(String round, String meetingIp, List<String> codes) {
    int number;
    try {
      number = Integer.parseInt(round == null ? "" : round.strip());
    } catch (NumberFormatException e) {
      throw invalid("The round must be a number from 1 to 50.");
    }
    if (number < 1 || number > 50) {
      throw invalid("The round must be a number from 1 to 50.");
    }
    String ip = meetingIp == null || meetingIp.isBlank() ? null : meetingIp.strip();
    if (ip != null && IpLiteral.parse(ip).isEmpty()) {
      throw invalid("The meeting IP must be an address such as 203.0.113.7, or left empty.");
    }
    List<Observation> observations = new ArrayList<>();
    for (String code : codes == null ? List.<String>of() : codes) {
      try {
        Observation observation = Observation.valueOf(code);
        if (!observations.contains(observation)) {
          observations.add(observation);
        }
      } catch (IllegalArgumentException e) {
        throw invalid("The form sent an observation this version does not know.");
      }
    }
    return new Interview(number, null, ip, observations);
  }

  private static PageRefused invalid(String why) {
    return new PageRefused(400, "The checklist could not be saved", why);
  }
}
