package telltale.intake.adapters;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import telltale.profile.Stage;

/**
 * Reads a hiring stage from a vendor's stage name by whole words; closed stages (rejected,
 * archived) and unclear names give null.
 */
final class Stages {
  private static final Set<String> CLOSED =
      Set.of("rejected", "archived", "disqualified", "withdrawn", "withdrew", "declined");
  private static final List<Rule> RULES =
      List.of(
          new Rule(Stage.onboarding, Set.of("hired", "hire", "onboarding", "onboard", "started")),
          new Rule(Stage.offer, Set.of("offer", "offered", "offers")),
          new Rule(
              Stage.interview,
              Set.of(
                  "interview",
                  "interviews",
                  "interviewing",
                  "screen",
                  "screening",
                  "phone",
                  "onsite",
                  "assessment",
                  "technical",
                  "panel",
                  "evaluation",
                  "challenge")),
          new Rule(
              Stage.application,
              Set.of(
                  "applied",
                  "apply",
                  "application",
                  "applications",
                  "new",
                  "lead",
                  "review",
                  "sourced",
                  "inbox",
                  "prospect",
                  "shortlisted",
                  "received")));

  private Stages() {}

  static Stage fromText(String name) {
    if (name == null) {
      return null;
    }
    List<String> words = Arrays.asList(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
    if (words.stream().anyMatch(CLOSED::contains)) {
      return null;
    }
    return RULES.stream()
        .filter(rule -> words.stream().anyMatch(rule.words()::contains))
        .map(Rule::stage)
        .findFirst()
        .orElse(null);
  }

  private record Rule(Stage stage, Set<String> words) {}
}
