package telltale.screening.rules.interview;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Interview;
import telltale.profile.Observation;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

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
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    if (!profile.hasInterviews()) {
      return RuleResult.missing("interviews");
    }
    List<Integer> rounds = roundsWith(profile, code);
    if (rounds.isEmpty()) {
      return RuleResult.clear();
    }
    // one occurrence per round: points grow with repetition; the wording is shown once
    RuleResult.Occurrence each = RuleResult.occurrence(SINGLE, "rounds", Rounds.describe(rounds));
    return new RuleResult.Fired(Collections.nCopies(rounds.size(), each));
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
