package telltale.resume.entity;

/** What happened when a resume file was read, each in words a recruiter can read on the card. */
public enum ReadOutcome {
  READ("The file was read."),
  TOO_LARGE("The file is larger than the limit for resume files and was not opened."),
  UNSUPPORTED_TYPE(
      "The file is not a document type Telltale reads (PDF, Word, RTF, OpenDocument or plain"
          + " text), whatever its name says; it was not opened."),
  ENCRYPTED("The file is protected by a password, so its text could not be read."),
  DAMAGED("The file is damaged or incomplete and could not be read."),
  UNSAFE(
      "The file is built in a way that would overload a reader (for example a compressed part"
          + " that expands enormously, or extreme nesting); it was not read."),
  TIMED_OUT("Reading the file took longer than the time allowed and was stopped."),
  BUSY("Too many files were being read at once; this one was not read and can be tried again.");

  private final String description;

  ReadOutcome(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
