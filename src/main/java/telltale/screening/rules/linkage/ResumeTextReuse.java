package telltale.screening.rules.linkage;

import java.util.Map;
import java.util.Set;
import telltale.linkage.entity.Links;
import telltale.profile.CandidateProfile;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/** A11: the resume text is a near-duplicate of earlier resumes under other names. */
public final class ResumeTextReuse implements Rule {
  @Override
  public String id() {
    return "resume_text_reuse";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Rule.single("similarity", "count", "screenings");
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    Links links = lookups.links();
    if (!links.resumeCompared()
        && (profile.resumeText() == null || profile.resumeText().isBlank())) {
      return RuleResult.missing("resumeText");
    }
    if (!links.checked()) {
      return RuleResult.missing("history");
    }
    if (links.resumes().isEmpty()) {
      return RuleResult.clear();
    }
    int best = (int) Math.round(links.resumes().get(0).similarity() * 100);
    return RuleResult.fired(
        SINGLE,
        "similarity",
        best + "%",
        "count",
        String.valueOf(links.resumes().size()),
        "screenings",
        String.join(", ", links.resumes().stream().map(Links.SimilarResume::screeningId).toList()));
  }
}
