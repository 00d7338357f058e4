package telltale.card.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import telltale.api.ClientError;
import telltale.cardlinks.CardLinks;
import telltale.catalogue.entity.Catalogue;
import telltale.catalogue.entity.Checklist;
import telltale.catalogue.entity.RuleDefinition;
import telltale.meetings.entity.MeetingRequest;
import telltale.meetings.entity.Platform;
import telltale.profile.Interview;
import telltale.profile.IpLiteral;
import telltale.profile.Observation;
import telltale.screening.entity.Screening;

/**
 * The interviewer's checklist: each interview-time rule of the catalogue as a plain question with
 * the challenge prompt of its guidance, the round's meeting (optional), and what the form sends
 * back. A form refused for its meeting is shown again with everything the interviewer entered.
 */
public record InterviewForm(
    String id,
    String bandLabel,
    String action,
    String cardPath,
    String csrf,
    int round,
    List<Question> questions,
    String meetingIp,
    List<Choice> platforms,
    String meeting,
    String meetingError,
    String roundError) {

  /** The codes of a round the form refuses; shown again next to the round and address fields. */
  public static final java.util.Set<String> ROUND_ERRORS =
      java.util.Set.of("invalid_round", "invalid_meeting_ip", "invalid_observation");

  /** The longest meeting id or join link accepted, as on the API. */
  static final int MEETING_MAX = 2000;

  /** One thing to look for, with how to check it and what to say; ticked when sent back. */
  public record Question(
      String code, String question, String howToCheck, String script, boolean ticked) {}

  /** One video platform the meeting can be on. */
  public record Choice(String value, String label, boolean selected) {}

  /** What the interviewer sent, kept when the form is shown again. */
  public record Entered(
      int round,
      String meetingIp,
      List<String> observations,
      String platform,
      String meeting,
      String meetingError,
      String roundError) {

    /** What the interviewer sent, with why the meeting was refused. */
    public Entered(
        int round,
        String meetingIp,
        List<String> observations,
        String platform,
        String meeting,
        String meetingError) {
      this(round, meetingIp, observations, platform, meeting, meetingError, null);
    }
  }

  public static InterviewForm of(
      Catalogue catalogue, Screening screening, CardLinks.Signed link, String csrf, int round) {
    return of(
        catalogue,
        screening,
        link,
        csrf,
        new Entered(round, "", List.of(), Platform.zoom.name(), "", null));
  }

  /** The form again, as the interviewer filled it in, with why it was refused. */
  public static InterviewForm of(
      Catalogue catalogue,
      Screening screening,
      CardLinks.Signed link,
      String csrf,
      Entered entered) {
    List<Question> questions = new ArrayList<>();
    for (Observation code : Observation.values()) {
      catalogue
          .rule(code.name())
          .filter(r -> r.checklist() == Checklist.proxy_interview)
          .ifPresent(r -> questions.add(question(code, r, entered.observations())));
    }
    List<Choice> platforms = new ArrayList<>();
    for (Platform platform : Platform.values()) {
      platforms.add(
          new Choice(
              platform.name(), platform.label(), platform.name().equals(entered.platform())));
    }
    return new InterviewForm(
        InertText.inert(screening.id()),
        screening.bandLabel(),
        link.interviewPath(),
        link.cardPath(),
        csrf,
        entered.round(),
        questions,
        entered.meetingIp() == null ? "" : entered.meetingIp(),
        platforms,
        entered.meeting() == null
            ? ""
            : entered.meeting().substring(0, Math.min(entered.meeting().length(), MEETING_MAX)),
        entered.meetingError(),
        entered.roundError());
  }

  private static Question question(Observation code, RuleDefinition rule, List<String> ticked) {
    return new Question(
        code.name(),
        "Did you notice this? " + rule.title(),
        rule.guidance().step(),
        rule.guidance().script(),
        ticked.contains(code.name()));
  }

  /**
   * The round the form describes; a mistake is a 400 {@link ClientError} (one of {@link
   * #ROUND_ERRORS}) that the form shows next to the fields, with everything entered kept.
   */
  public static Interview round(String round, String meetingIp, List<String> codes) {
    int number;
    try {
      number = Integer.parseInt(round == null ? "" : round.strip());
    } catch (NumberFormatException e) {
      throw invalid("invalid_round", "The round must be a number from 1 to 50.");
    }
    if (number < 1 || number > 50) {
      throw invalid("invalid_round", "The round must be a number from 1 to 50.");
    }
    String ip = meetingIp == null || meetingIp.isBlank() ? null : meetingIp.strip();
    if (ip != null && IpLiteral.parse(ip).isEmpty()) {
      throw invalid(
          "invalid_meeting_ip",
          "The meeting IP must be an address such as 203.0.113.7, or left empty.");
    }
    List<Observation> observations = new ArrayList<>();
    for (String code : codes == null ? List.<String>of() : codes) {
      try {
        Observation observation = Observation.valueOf(code);
        if (!observations.contains(observation)) {
          observations.add(observation);
        }
      } catch (IllegalArgumentException e) {
        throw invalid(
            "invalid_observation", "The form sent an observation this version does not know.");
      }
    }
    return new Interview(number, null, ip, observations);
  }

  /**
   * The round's meeting to register, empty when the interviewer left it out; a platform the form
   * does not offer or an overlong link is refused as the meetings API refuses it (a 400 {@link
   * ClientError}), so the form can show it next to the field.
   */
  public static Optional<MeetingRequest> meeting(String platform, String meeting, int round) {
    if (meeting == null || meeting.isBlank()) {
      return Optional.empty();
    }
    Platform chosen;
    try {
      chosen = Platform.valueOf(platform == null ? "" : platform.strip());
    } catch (IllegalArgumentException e) {
      throw new ClientError(
          400, "invalid_platform", "Choose Zoom, Microsoft Teams or Google Meet for the meeting.");
    }
    if (meeting.length() > MEETING_MAX) {
      throw new ClientError(
          400,
          "invalid_meeting",
          "The meeting's id or join link must be at most 2,000 characters.");
    }
    return Optional.of(new MeetingRequest(chosen, meeting.strip(), round));
  }

  /**
   * The confirmation the card shows after the form registered a meeting (its address carries the
   * platform and the round, nothing the interviewer typed); empty for anything else.
   */
  public static Optional<String> registered(String platform, String round) {
    if (platform == null || round == null || !round.matches("[1-9][0-9]?")) {
      return Optional.empty();
    }
    int number = Integer.parseInt(round);
    for (Platform p : Platform.values()) {
      if (p.name().equals(platform) && number <= 50) {
        return Optional.of(
            p.label()
                + " meeting registered for round "
                + number
                + "; it is read when the meeting ends.");
      }
    }
    return Optional.empty();
  }

  /** The round as sent, when it is a number from 1 to 50; else {@code otherwise}. */
  public static int roundOr(String round, int otherwise) {
    try {
      int number = Integer.parseInt(round == null ? "" : round.strip());
      return number >= 1 && number <= 50 ? number : otherwise;
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  private static ClientError invalid(String code, String why) {
    return new ClientError(400, code, why);
  }
}
