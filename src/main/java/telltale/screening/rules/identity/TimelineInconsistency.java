package telltale.screening.rules.identity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Education;
import telltale.profile.Employment;
import telltale.profile.PartialDate;
import telltale.resume.control.ClaimedExperience;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/**
 * A13: the work history contradicts itself or the calendar: a position that ended before a skill it
 * lists was first released, an entry that ends before it starts, or a resume text claiming more
 * years with a technology than it had existed when the candidate applied.
 */
public final class TimelineInconsistency implements Rule {
  /** Release dates in config are the earliest plausible month; a year's margin absorbs doubt. */
  static final int GRACE_MONTHS = 12;

  @Override
  public String id() {
    return "timeline_inconsistency";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Map.of(
        "technology_before_release", Set.of("skill", "employer", "from", "to", "released"),
        "ends_before_start", Set.of("where", "from", "to"),
        "claimed_longer_than_exists", Set.of("technology", "years", "released", "possible"));
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    boolean noText = profile.resumeText() == null || profile.resumeText().isBlank();
    if (profile.employment().isEmpty() && profile.education().isEmpty() && noText) {
      return RuleResult.missing("employment", "education");
    }
    List<RuleResult.Occurrence> found = new ArrayList<>(claims(profile, lookups));
    for (Employment position : profile.employment()) {
      String where = position.employer() == null ? "a listed position" : position.employer();
      reversed(position.from(), position.to())
          .ifPresent(o -> found.add(endsBeforeStart(where, position.from(), position.to())));
      Optional<YearMonth> end = PartialDate.parse(position.to());
      if (end.isEmpty()) {
        continue; // a current position may have picked up the skill recently
      }
      for (String skill : position.skills()) {
        lookups
            .reference()
            .technologies()
            .find(skill)
            .filter(
                tech ->
                    lastMonth(position.to(), end.get())
                        .plusMonths(GRACE_MONTHS)
                        .isBefore(tech.released()))
            .ifPresent(
                tech ->
                    found.add(
                        RuleResult.occurrence(
                            "technology_before_release",
                            "skill",
                            tech.name(),
                            "employer",
                            where,
                            "from",
                            position.from() == null ? "?" : position.from(),
                            "to",
                            position.to(),
                            "released",
                            tech.released().toString())));
      }
    }
    for (Education entry : profile.education()) {
      String where = entry.institution() == null ? "a listed education" : entry.institution();
      reversed(entry.from(), entry.to())
          .ifPresent(o -> found.add(endsBeforeStart(where, entry.from(), entry.to())));
    }
    return RuleResult.of(found);
  }

  /** Claims in the resume text, as of the application (or today when it has no date). */
  private static List<RuleResult.Occurrence> claims(CandidateProfile profile, Lookups lookups) {
    LocalDate asOf =
        profile.application() != null && profile.application().submittedAt() != null
            ? LocalDate.ofInstant(profile.application().submittedAt(), ZoneOffset.UTC)
            : LocalDate.now(ZoneOffset.UTC);
    return new ClaimedExperience(lookups.reference().technologies())
        .impossible(profile.resumeText(), asOf).stream()
            .map(
                claim ->
                    RuleResult.occurrence(
                        "claimed_longer_than_exists",
                        "technology",
                        claim.technology(),
                        "years",
                        String.valueOf(claim.claimedYears()),
                        "released",
                        claim.released().toString(),
                        "possible",
                        String.valueOf(claim.possibleYears())))
            .toList();
  }

  /** A bare year as an end date means the whole year. */
  private static YearMonth lastMonth(String text, YearMonth parsed) {
    return text.length() == 4 ? parsed.withMonth(12) : parsed;
  }

  private static Optional<Boolean> reversed(String from, String to) {
    Optional<YearMonth> start = PartialDate.parse(from);
    Optional<YearMonth> end = PartialDate.parse(to);
    if (start.isEmpty() || end.isEmpty()) {
      return Optional.empty();
    }
    return lastMonth(to, end.get()).isBefore(start.get()) ? Optional.of(true) : Optional.empty();
  }

  private static RuleResult.Occurrence endsBeforeStart(String where, String from, String to) {
    return RuleResult.occurrence("ends_before_start", "where", where, "from", from, "to", to);
  }
}
