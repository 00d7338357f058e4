package telltale.catalogue.entity;

/**
 * Facts in a candidate's profile that explain a signal innocently. The catalogue declares, per
 * rule, which of them mitigate it ({@code mitigatedBy}); a mitigated signal is still shown, marked
 * "explained by …", counts half its points and corroborates nothing. Spelled as in rules.yaml.
 */
public enum MitigatingFact {
  identity_verified("identity verification passed"),
  background_clear("the background check came back clear"),
  employment_verified("past employment was verified with the employer"),
  education_verified("the degree was verified with the institution"),
  in_person_onboarding_completed("onboarding was completed in person"),
  phone_reachable("the phone number was confirmed reachable");

  private final String words;

  MitigatingFact(String words) {
    this.words = words;
  }

  /** How the card and the API say it: "explained by: identity verification passed". */
  public String words() {
    return words;
  }
}
