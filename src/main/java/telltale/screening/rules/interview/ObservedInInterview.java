package telltale.screening.rules.interview;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Interview;
import telltale.profile.Observation;
import telltale.screening.rules.Context;
import telltale.screening.rules.Outcome;
import telltale.screening.rules.Rule;

/**
 * B01–B15: an interviewer recorded this checklist item. One rule per observation code; each round
 * in which it was recorded counts once, up to the rule's cap.
 */
public final class ObservedInInterview implements Rule {
  private final Observation code;

  public ObservedInInterview(Observation code) {
    this.code = code;
  }

  /** Rules for every observation except those with a rule of their own. */
  public static List<Rule> all(Set<Observation> except) {
    List<Rule> rules = new ArrayList<>();
    for (Observation observation : Observation.values()) {
      if (!except.contains(observation)) {
        rules.add(new ObservedInInterview(observation));
      }
    }
    return rules;
  }

  @Override
  public String id() {
    return code.name();
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Rule.single("rounds");
  }

  @Override
  public Outcome evaluate(CandidateProfile profile, Context context) {
    if (!profile.hasInterviews()) {
      return Outcome.missing("interviews");
    }
    List<Integer> rounds = roundsWith(profile, code);
    if (rounds.isEmpty()) {
      return Outcome.clear();
    }
    // one occurrence per round: points grow with repetition; the wording is shown once
    Outcome.Occurrence each = Outcome.occurrence(SINGLE, "rounds", Rounds.describe(rounds));
    return new Outcome.Fired(Collections.nCopies(rounds.size(), each));
  }

  static List<Integer> roundsWith(CandidateProfile profile, Observation code) {
    List<Integer> rounds = new ArrayList<>();
    for (Interview interview : profile.interviews()) {
      if (interview.observations().contains(code)) {
        rounds.add(Rounds.number(profile.interviews(), interview));
      }
    }
    return rounds.stream().distinct().toList();
  }
}
