package telltale.screening.rules.interview;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Interview;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/**
 * B10: two or more interviews took place in the middle of the night at the candidate's stated
 * location (22:00 to 06:00 in the time zone they gave). Weak: shift workers and carers do this.
 */
public final class OddHoursPattern implements Rule {
  static final int MIN_INTERVIEWS = 2;
  private static final LocalTime NIGHT_STARTS = LocalTime.of(22, 0);
  private static final LocalTime NIGHT_ENDS = LocalTime.of(6, 0);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  @Override
  public String id() {
    return "odd_hours_pattern";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Rule.single("count", "times", "timezone");
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    String timezone = profile.location() == null ? null : profile.location().timezone();
    List<Interview> timed = profile.interviews().stream().filter(i -> i.at() != null).toList();
    if (timezone == null || timed.isEmpty()) {
      return RuleResult.missing(timezone == null ? "location.timezone" : "interviews.at");
    }
    ZoneId zone = ZoneId.of(timezone);
    List<String> nightly =
        timed.stream()
            .map(i -> LocalTime.ofInstant(i.at(), zone))
            .filter(t -> !t.isBefore(NIGHT_STARTS) || t.isBefore(NIGHT_ENDS))
            .map(CLOCK::format)
            .toList();
    if (nightly.size() < MIN_INTERVIEWS) {
      return RuleResult.clear();
    }
    return RuleResult.fired(
        SINGLE,
        "count",
        String.valueOf(nightly.size()),
        "times",
        String.join(", ", nightly),
        "timezone",
        timezone);
  }
}
