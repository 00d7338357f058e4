package telltale.screening.rules.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.resume.entity.DocumentTimes;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/**
 * A12: the resume file says it was created, or last saved, after the application was submitted.
 * Corroboration only: recruiters, agencies and ATSs re-save files, and candidates send updated
 * ones. A day's grace covers writers that record local time as UTC and clocks that are off.
 */
public final class ResumeSavedAfterApplying implements Rule {
  static final Duration GRACE = Duration.ofDays(1);

  @Override
  public String id() {
    return "resume_saved_after_applying";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Map.of(
        "created", Set.of("created", "submitted", "days"),
        "modified", Set.of("modified", "submitted", "days"));
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    if (profile.resumeFile() == null) {
      return RuleResult.missing("resumeFile");
    }
    Instant submitted = profile.application() == null ? null : profile.application().submittedAt();
    if (submitted == null) {
      return RuleResult.missing("application.submittedAt");
    }
    DocumentTimes document = lookups.document();
    if (!document.known()) {
      return RuleResult.missing("resumeFile.created", "resumeFile.modified");
    }
    if (after(document.created(), submitted)) {
      return fired("created", document.created(), submitted);
    }
    if (after(document.modified(), submitted)) {
      return fired("modified", document.modified(), submitted);
    }
    return RuleResult.clear();
  }

  private static boolean after(Instant time, Instant submitted) {
    return time != null && time.isAfter(submitted.plus(GRACE));
  }

  private static RuleResult fired(String variant, Instant time, Instant submitted) {
    return RuleResult.fired(
        variant,
        variant,
        day(time),
        "submitted",
        day(submitted),
        "days",
        Long.toString(Duration.between(submitted, time).toDays()));
  }

  private static String day(Instant time) {
    return LocalDate.ofInstant(time, ZoneOffset.UTC).toString();
  }
}
