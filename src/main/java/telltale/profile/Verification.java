package telltale.profile;

/** Outcomes of checks run outside Telltale, consumed as statuses only. */
public record Verification(
    Identity identity,
    Background background,
    RecordCheck education,
    RecordCheck employment,
    Boolean phoneReachable) {

  /** Identity verification (document and liveness) as reported by the vendor. */
  public enum Identity {
    passed,
    failed,
    mismatch,
    incomplete,
    pending,
    not_run
  }

  /** Background check outcome. */
  public enum Background {
    clear,
    identity_mismatch,
    not_run
  }

  /** Outcome of verifying education or employment with the institution itself. */
  public enum RecordCheck {
    verified,
    unverifiable,
    not_run
  }
}
