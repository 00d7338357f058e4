package telltale.screening.rules.linkage;

import java.util.Map;
import java.util.Set;
import telltale.linkage.entity.Links;
import telltale.profile.CandidateProfile;
import telltale.screening.rules.Context;
import telltale.screening.rules.Outcome;
import telltale.screening.rules.Rule;

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
  public Outcome evaluate(CandidateProfile profile, Context context) {
    Links links = context.links();
    if (!links.resumeCompared()
        && (profile.resumeText() == null || profile.resumeText().isBlank())) {
      return Outcome.missing("resumeText");
    }
    if (!links.checked()) {
      return Outcome.missing("history");
    }
    if (links.resumes().isEmpty()) {
      return Outcome.clear();
    }
    int best = (int) Math.round(links.resumes().get(0).similarity() * 100);
    return Outcome.fired(
        SINGLE,
        "similarity",
        best + "%",
        "count",
        String.valueOf(links.resumes().size()),
        "screenings",
        String.join(", ", links.resumes().stream().map(Links.SimilarResume::screeningId).toList()));
  }
}
