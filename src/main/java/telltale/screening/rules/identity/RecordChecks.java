package telltale.screening.rules.identity;

import telltale.profile.Verification.RecordCheck;
import telltale.screening.rules.Outcome;
import telltale.screening.rules.Rule;

/** Education and employment checks read alike: unverifiable fires, not run is not checked. */
final class RecordChecks {
  private RecordChecks() {}

  static Outcome outcome(RecordCheck check, String field) {
    if (check == null || check == RecordCheck.not_run) {
      return Outcome.missing(field);
    }
    return check == RecordCheck.unverifiable ? Outcome.fired(Rule.SINGLE) : Outcome.clear();
  }
}
