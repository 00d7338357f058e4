package telltale.screening.rules.identity;

import telltale.profile.Verification.RecordCheck;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/** Education and employment checks read alike: unverifiable fires, not run is not checked. */
final class RecordChecks {
  private RecordChecks() {}

  static RuleResult result(RecordCheck check, String field) {
    if (check == null || check == RecordCheck.not_run) {
      return RuleResult.missing(field);
    }
    return check == RecordCheck.unverifiable ? RuleResult.fired(Rule.SINGLE) : RuleResult.clear();
  }
}
