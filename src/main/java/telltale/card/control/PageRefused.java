package telltale.card.control;

/** A page that cannot be shown; answered with an HTML page that holds no candidate data. */
public class PageRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String title;
  private final String explanation;

  public PageRefused(int status, String title, String explanation) {
    super(title, null, false, false);
    this.status = status;
    this.title = title;
    this.explanation = explanation;
  }

  public static PageRefused badLink() {
    return new PageRefused(
        403,
        "This link is not valid",
        "The link has expired or was changed. Open the screening again from your ATS, or ask"
            + " the person who sent it for a new link.");
  }

  public static PageRefused notFound() {
    return new PageRefused(
        404,
        "This screening is not available",
        "It may have been erased or removed under the retention policy.");
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String explanation() {
    return explanation;
  }
}
