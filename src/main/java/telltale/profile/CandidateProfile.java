package telltale.profile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Telltale's canonical candidate profile (v1). Every section but {@code candidateId} is optional; a
 * rule whose inputs are missing is reported under coverage, never guessed. There is deliberately no
 * field for nationality, citizenship, ethnicity, race, religion, age, sex, language or accent.
 */
public record CandidateProfile(
    @NotBlank(message = "candidateId is required")
        @Size(max = MAX_ID, message = "must be at most 200 characters")
        @NoControlCharacters
        String candidateId,
    @Size(max = MAX_ID, message = "must be at most 200 characters") @NoControlCharacters
        String applicationId,
    Ats ats,
    Stage stage,
    @Valid Position role,
    @Valid PersonName name,
    @Size(max = MAX_EMAILS, message = "must list at most 20 e-mail addresses")
        List<
                @NotBlank(message = "must not be blank")
                @Size(max = 254, message = "must be at most 254 characters")
                @Email(message = "must be an e-mail address such as dana@example.com") String>
            emails,
    @Size(max = MAX_PHONES, message = "must list at most 20 phone numbers")
        List<
                @NotBlank(message = "must not be blank")
                @Size(max = 40, message = "must be at most 40 characters") String>
            phones,
    @Valid Location location,
    @Size(max = MAX_ADDRESSES, message = "must list at most 20 addresses")
        List<@Valid @NotNull(message = "must not be null") PostalAddress> addresses,
    @Size(max = MAX_LINKS, message = "must list at most 50 links")
        List<@Valid @NotNull(message = "must not be null") Link> links,
    @Size(max = MAX_RESUME_CHARS, message = "must be at most 200,000 characters") String resumeText,
    @Size(max = MAX_EMPLOYMENT, message = "must list at most 100 positions")
        List<@Valid @NotNull(message = "must not be null") Employment> employment,
    @Size(max = MAX_EDUCATION, message = "must list at most 50 entries")
        List<@Valid @NotNull(message = "must not be null") Education> education,
    @Valid Submission application,
    @Valid Footprint footprint,
    @Valid Verification verification,
    @Size(max = MAX_INTERVIEWS, message = "must list at most 50 interviews")
        List<@Valid @NotNull(message = "must not be null") Interview> interviews,
    @Valid Onboarding onboarding,
    @Valid ResumeFile resumeFile) {

  /** Caps of the lists and texts; the ATS adapters cut to the same numbers. */
  public static final int MAX_ID = 200;

  public static final int MAX_EMAILS = 20;
  public static final int MAX_PHONES = 20;
  public static final int MAX_ADDRESSES = 20;
  public static final int MAX_LINKS = 50;
  public static final int MAX_RESUME_CHARS = 200_000;
  public static final int MAX_EMPLOYMENT = 100;
  public static final int MAX_EDUCATION = 50;
  public static final int MAX_INTERVIEWS = 50;

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
    return toBuilder().interviews(rounds).build();
  }

  /** The same profile under another name; the fairness tests rename candidates with it. */
  public CandidateProfile withName(PersonName other) {
    return toBuilder().name(other).build();
  }

  /**
   * A later profile of the same candidate from its source (another ATS delivery, a new full
   * profile) keeping what other systems added to the case meanwhile: identity verification,
   * onboarding and footprint field by field, and the interview rounds, wherever this profile
   * carries none.
   */
  public CandidateProfile keepingEvidenceOf(CandidateProfile earlier) {
    return toBuilder()
        .verification(fieldwise(earlier.verification, verification))
        .onboarding(fieldwise(earlier.onboarding, onboarding))
        .footprint(fieldwise(earlier.footprint, footprint))
        .interviews(pick(earlier.interviews, interviews))
        .build();
  }

  /**
   * This profile completed with what the ATS's API returned: the API's value wherever it has one,
   * this profile's otherwise (field by field in verification, onboarding and footprint). The ATS
   * and candidate id of the delivery are kept.
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
        fieldwise(footprint, fetched.footprint),
        fieldwise(verification, fetched.verification),
        pick(interviews, fetched.interviews),
        fieldwise(onboarding, fetched.onboarding),
        pick(resumeFile, fetched.resumeFile));
  }

  /**
   * Sections that different systems fill piecemeal (an identity vendor, a background check, HR, IT)
   * merge field by field, so one system's facts never erase another's.
   */
  private static <T extends Record> T fieldwise(T mine, T theirs) {
    if (mine == null || theirs == null) {
      return pick(mine, theirs);
    }
    RecordComponent[] fields = mine.getClass().getRecordComponents();
    Object[] values = new Object[fields.length];
    Class<?>[] types = new Class<?>[fields.length];
    try {
      for (int i = 0; i < fields.length; i++) {
        types[i] = fields[i].getType();
        values[i] =
            pick(fields[i].getAccessor().invoke(mine), fields[i].getAccessor().invoke(theirs));
      }
      @SuppressWarnings("unchecked")
      T merged = (T) mine.getClass().getDeclaredConstructor(types).newInstance(values);
      return merged;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot merge " + mine.getClass().getSimpleName(), e);
    }
  }

  private static <T> T pick(T mine, T theirs) {
    boolean none = theirs == null || (theirs instanceof List<?> list && list.isEmpty());
    return none ? mine : theirs;
  }

  /**
   * The same profile without the resume text and file, which are never stored (only the text's
   * signature is).
   */
  public CandidateProfile withoutResume() {
    return toBuilder().resumeText(null).resumeFile(null).build();
  }

  /** The same profile with a resume file to read (from the ATS) in place of any pushed one. */
  public CandidateProfile withResumeFile(ResumeFile file) {
    return toBuilder().resumeFile(file).build();
  }

  public boolean hasInterviews() {
    return !interviews.isEmpty();
  }

  /** A profile to build, for adapters that fill it field by field. */
  public static Builder builder(String candidateId) {
    return new Builder().candidateId(candidateId);
  }

  /** A builder holding this profile's values, for a copy that differs in a few. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a profile; the record's constructor still normalises and copies the lists. */
  public static final class Builder {
    private String candidateId;
    private String applicationId;
    private Ats ats;
    private Stage stage;
    private Position role;
    private PersonName name;
    private List<String> emails;
    private List<String> phones;
    private Location location;
    private List<PostalAddress> addresses;
    private List<Link> links;
    private String resumeText;
    private List<Employment> employment;
    private List<Education> education;
    private Submission application;
    private Footprint footprint;
    private Verification verification;
    private List<Interview> interviews;
    private Onboarding onboarding;
    private ResumeFile resumeFile;

    private Builder() {}

    private Builder(CandidateProfile profile) {
      candidateId = profile.candidateId;
      applicationId = profile.applicationId;
      ats = profile.ats;
      stage = profile.stage;
      role = profile.role;
      name = profile.name;
      emails = profile.emails;
      phones = profile.phones;
      location = profile.location;
      addresses = profile.addresses;
      links = profile.links;
      resumeText = profile.resumeText;
      employment = profile.employment;
      education = profile.education;
      application = profile.application;
      footprint = profile.footprint;
      verification = profile.verification;
      interviews = profile.interviews;
      onboarding = profile.onboarding;
      resumeFile = profile.resumeFile;
    }

    public Builder candidateId(String candidateId) {
      this.candidateId = candidateId;
      return this;
    }

    public Builder applicationId(String applicationId) {
      this.applicationId = applicationId;
      return this;
    }

    public Builder ats(Ats ats) {
      this.ats = ats;
      return this;
    }

    public Builder stage(Stage stage) {
      this.stage = stage;
      return this;
    }

    public Builder role(Position role) {
      this.role = role;
      return this;
    }

    public Builder name(PersonName name) {
      this.name = name;
      return this;
    }

    public Builder emails(List<String> emails) {
      this.emails = emails;
      return this;
    }

    public Builder phones(List<String> phones) {
      this.phones = phones;
      return this;
    }

    public Builder location(Location location) {
      this.location = location;
      return this;
    }

    public Builder addresses(List<PostalAddress> addresses) {
      this.addresses = addresses;
      return this;
    }

    public Builder links(List<Link> links) {
      this.links = links;
      return this;
    }

    public Builder resumeText(String resumeText) {
      this.resumeText = resumeText;
      return this;
    }

    public Builder employment(List<Employment> employment) {
      this.employment = employment;
      return this;
    }

    public Builder education(List<Education> education) {
      this.education = education;
      return this;
    }

    public Builder application(Submission application) {
      this.application = application;
      return this;
    }

    public Builder footprint(Footprint footprint) {
      this.footprint = footprint;
      return this;
    }

    public Builder verification(Verification verification) {
      this.verification = verification;
      return this;
    }

    public Builder interviews(List<Interview> interviews) {
      this.interviews = interviews;
      return this;
    }

    public Builder onboarding(Onboarding onboarding) {
      this.onboarding = onboarding;
      return this;
    }

    public Builder resumeFile(ResumeFile resumeFile) {
      this.resumeFile = resumeFile;
      return this;
    }

    public CandidateProfile build() {
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
          interviews,
          onboarding,
          resumeFile);
    }
  }
}
