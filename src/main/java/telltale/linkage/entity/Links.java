package telltale.linkage.entity;

import java.util.List;

/**
 * What the history says about a profile: identifiers it shares with earlier candidates of another
 * name, and earlier resumes that are near-duplicates; {@code resumeCompared} when a resume
 * signature was looked up (from the text, or carried forward from an earlier screening), {@code
 * documentsCompared} likewise for a resume file's document prints. {@link #unchecked()} when no
 * history was consulted (the linkage rules then report themselves as not evaluated).
 */
public record Links(
    boolean checked,
    List<SharedIdentifier> shared,
    List<SimilarResume> resumes,
    boolean resumeCompared,
    boolean documentsCompared) {

  public Links {
    shared = List.copyOf(shared);
    resumes = List.copyOf(resumes);
  }

  /**
   * Links without document prints: {@code documentsCompared} says whether prints of a resume file
   * (read now, or recorded at an earlier screening) were looked up.
   */
  public Links(
      boolean checked,
      List<SharedIdentifier> shared,
      List<SimilarResume> resumes,
      boolean resumeCompared) {
    this(checked, shared, resumes, resumeCompared, false);
  }

  /**
   * Links without saying whether a resume signature was compared; the resume rule then looks at the
   * profile's own text.
   */
  public Links(boolean checked, List<SharedIdentifier> shared, List<SimilarResume> resumes) {
    this(checked, shared, resumes, false);
  }

  /**
   * One kind of identifier (phone, email, address, payroll_holder, shipping_address) and who else
   * has it.
   */
  public record SharedIdentifier(String kind, List<String> screeningIds) {
    public SharedIdentifier {
      screeningIds = List.copyOf(screeningIds);
    }
  }

  /** An earlier resume of another candidate and its estimated similarity (0..1). */
  public record SimilarResume(String screeningId, double similarity) {}

  public static Links unchecked() {
    return new Links(false, List.of(), List.of());
  }

  public static Links none() {
    return new Links(true, List.of(), List.of());
  }
}
