package telltale.profile;

/** Hiring stage the candidate is in when screened. Constants are spelled as on the wire. */
public enum Stage {
  application,
  interview,
  offer,
  onboarding
}
