package telltale.profile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Telltale's canonical candidate profile (v1). Every section but {@code candidateId} is optional; a
 * rule whose inputs are missing is reported under coverage, never guessed. There is deliberately no
 * field for nationality, citizenship, ethnicity, race, religion, age, sex, language or accent.
 */
public record CandidateProfile(
    @NotBlank(message = "candidateId is required")
        @Size(max = 200, message = "must be at most 200 characters")
        String candidateId,
    @Size(max = 200, message = "must be at most 200 characters") String applicationId,
    Ats ats,
    Stage stage,
    @Valid Role role,
    @Valid PersonName name,
    @Size(max = 20, message = "must list at most 20 e-mail addresses")
        List<
                @NotBlank(message = "must not be blank")
                @Size(max = 254, message = "must be at most 254 characters")
                @Email(message = "must be an e-mail address such as dana@example.com") String>
            emails,
    @Size(max = 20, message = "must list at most 20 phone numbers")
        List<
                @NotBlank(message = "must not be blank")
                @Size(max = 40, message = "must be at most 40 characters") String>
            phones,
    @Valid Location location,
    @Size(max = 20, message = "must list at most 20 addresses")
        List<@Valid @NotNull(message = "must not be null") PostalAddress> addresses,
    @Size(max = 50, message = "must list at most 50 links")
        List<@Valid @NotNull(message = "must not be null") Link> links,
    @Size(max = 200_000, message = "must be at most 200,000 characters") String resumeText,
    @Size(max = 100, message = "must list at most 100 positions")
        List<@Valid @NotNull(message = "must not be null") Employment> employment,
    @Size(max = 50, message = "must list at most 50 entries")
        List<@Valid @NotNull(message = "must not be null") Education> education,
    @Valid Application application,
    @Valid Footprint footprint,
    @Valid Verification verification,
    @Size(max = 50, message = "must list at most 50 interviews")
        List<@Valid @NotNull(message = "must not be null") Interview> interviews,
    @Valid Onboarding onboarding) {

  public CandidateProfile {
    ats = ats == null ? Ats.generic : ats;
    emails = Lists.copy(emails);
    phones = Lists.copy(phones);
    addresses = Lists.copy(addresses);
    links = Lists.copy(links);
    employment = Lists.copy(employment);
    education = Lists.copy(education);
    interviews = Lists.copy(interviews);
  }

  /** The same profile with other interview rounds, for re-screening after observations. */
  public CandidateProfile withInterviews(List<Interview> rounds) {
    return new CandidateProfile(
        candidateId,
        applicationId,
        ats,
        stage,
        role,
        name,
        emails,
        phones,
        location,
        addresses,
        links,
        resumeText,
        employment,
        education,
        application,
        footprint,
        verification,
        rounds,
        onboarding);
  }

  /** The same profile under another name; the fairness tests rename candidates with it. */
  public CandidateProfile withName(PersonName other) {
    return new CandidateProfile(
        candidateId,
        applicationId,
        ats,
        stage,
        role,
        other,
        emails,
        phones,
        location,
        addresses,
        links,
        resumeText,
        employment,
        education,
        application,
        footprint,
        verification,
        interviews,
        onboarding);
  }

  /**
   * This profile completed with what the ATS's API returned: the API's value wherever it has one,
   * this profile's otherwise. The ATS and candidate id of the delivery are kept.
   */
  public CandidateProfile completedWith(CandidateProfile fetched) {
    return new CandidateProfile(
        candidateId,
        pick(applicationId, fetched.applicationId),
        ats,
        pick(stage, fetched.stage),
        pick(role, fetched.role),
        pick(name, fetched.name),
        pick(emails, fetched.emails),
        pick(phones, fetched.phones),
        pick(location, fetched.location),
        pick(addresses, fetched.addresses),
        pick(links, fetched.links),
        pick(resumeText, fetched.resumeText),
        pick(employment, fetched.employment),
        pick(education, fetched.education),
        pick(application, fetched.application),
        pick(footprint, fetched.footprint),
        pick(verification, fetched.verification),
        pick(interviews, fetched.interviews),
        pick(onboarding, fetched.onboarding));
  }

  private static <T> T pick(T mine, T theirs) {
    boolean none = theirs == null || (theirs instanceof java.util.List<?> list && list.isEmpty());
    return none ? mine : theirs;
  }

  /** The same profile without the resume text, which is never stored (only its signature is). */
  public CandidateProfile withoutResume() {
    return new CandidateProfile(
        candidateId,
        applicationId,
        ats,
        stage,
        role,
        name,
        emails,
        phones,
        location,
        addresses,
        links,
        null,
        employment,
        education,
        application,
        footprint,
        verification,
        interviews,
        onboarding);
  }

  public boolean hasInterviews() {
    return !interviews.isEmpty();
  }
}
