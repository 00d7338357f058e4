package telltale.screening.rules.linkage;

import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.linkage.entity.Links;
import telltale.linkage.entity.Prints;
import telltale.profile.CandidateProfile;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/**
 * A12: the resume file was made like resumes of earlier candidates of another name: the same
 * author, template, document identifier or original file (author, program and creation time); or
 * its author (or last editor) is the name of another candidate, compared as keyed name hashes.
 * Corroboration only; prints with an ordinary explanation (a default author, a gallery template, a
 * resume builder) are never recorded, so they cannot link.
 */
public final class DocumentPrintReuse implements Rule {
  /** The linkage kinds of document prints, as the resume component names them. */
  static final String PREFIX = "document_";

  private static final Map<String, String> WORDS =
      Map.of(
          "document_author", "document author",
          "document_template", "document template",
          "document_id", "document identifier",
          "document_origin", "original file (author, program and creation time)");

  @Override
  public String id() {
    return "resume_document_reuse";
  }

  /** The kind of the author-name link (linkage's {@code Prints.AUTHOR_NAME}). */
  static final String AUTHOR_NAME = Prints.AUTHOR_NAME;

  @Override
  public Map<String, Set<String>> variants() {
    return Map.of(
        "file", Set.of("feature", "count", "screenings"),
        "author_name", Set.of("count", "screenings"));
  }

  static boolean isDocument(String kind) {
    return kind.startsWith(PREFIX);
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    Links links = lookups.links();
    // a re-screen has no file, but compares the document prints recorded when it was read
    if (profile.resumeFile() == null && !links.documentsCompared()) {
      return RuleResult.missing("resumeFile");
    }
    if (!links.checked()) {
      return RuleResult.missing("history");
    }
    List<RuleResult.Occurrence> found =
        links.shared().stream()
            .filter(s -> isDocument(s.kind()))
            .map(
                s ->
                    s.kind().equals(AUTHOR_NAME)
                        ? RuleResult.occurrence(
                            "author_name",
                            "count",
                            String.valueOf(s.screeningIds().size()),
                            "screenings",
                            String.join(", ", s.screeningIds()))
                        : RuleResult.occurrence(
                            "file",
                            "feature",
                            WORDS.getOrDefault(s.kind(), s.kind()),
                            "count",
                            String.valueOf(s.screeningIds().size()),
                            "screenings",
                            String.join(", ", s.screeningIds())))
            .toList();
    return RuleResult.of(found);
  }
}
