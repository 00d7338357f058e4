package telltale.resume.entity;

/** Ordinary reasons why unrelated resumes share document metadata; each lowers a print's weight. */
public enum InnocentExplanation {
  GENERIC_AUTHOR(
      "The author is a default name that many computers and Office installations use (such as"
          + " \"Microsoft Office User\" or \"Administrator\"), so unrelated files share it."),
  DEFAULT_TEMPLATE("The document is based on Word's default template, as almost every one is."),
  GALLERY_TEMPLATE(
      "The document is based on a public template from Microsoft's template gallery, which many"
          + " applicants download."),
  RESUME_BUILDER(
      "The file was made with an online resume builder or exported from a profile site, which"
          + " stamps the same details on its users' files.");

  private final String description;

  InnocentExplanation(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
