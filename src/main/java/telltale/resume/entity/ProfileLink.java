package telltale.resume.entity;

/** A developer or professional profile named in a resume, normalised (lower case, no query). */
public record ProfileLink(Site site, String handle, String url) {
  /** The sites whose profile links the resume is searched for. */
  public enum Site {
    GITHUB,
    GITLAB,
    LINKEDIN
  }
}
