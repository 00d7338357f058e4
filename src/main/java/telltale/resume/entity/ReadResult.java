package telltale.resume.entity;

import java.util.List;
import java.util.Objects;

/**
 * The result of reading one resume file. Text, links and metadata are present only when the file
 * was READ; for every other outcome they are empty and the outcome says why in plain words.
 *
 * @param outcome what happened
 * @param detected the type the bytes show
 * @param declared the type the filename or declared content type claim
 * @param text the document's text, at most the character limit; empty unless READ
 * @param pages the document's page count where the format records it, else 0
 * @param truncated whether pages or characters were left out because of the limits
 * @param links link targets stored in the file (PDF link annotations, DOCX hyperlinks), capped
 * @param metadata how the document says it was made
 */
public record ReadResult(
    ReadOutcome outcome,
    FileType detected,
    FileType declared,
    String text,
    int pages,
    boolean truncated,
    List<String> links,
    DocumentMetadata metadata) {

  public ReadResult {
    Objects.requireNonNull(outcome, "outcome");
    text = text == null ? "" : text;
    links = links == null ? List.of() : List.copyOf(links);
    metadata = metadata == null ? DocumentMetadata.NONE : metadata;
  }

  public static ReadResult unreadable(ReadOutcome outcome, FileType detected, FileType declared) {
    return new ReadResult(outcome, detected, declared, "", 0, false, List.of(), null);
  }

  /** The outcome in words, with a note when the name claimed another type than the bytes show. */
  public String description() {
    if (declared != FileType.OTHER && detected != declared) {
      return outcome.description()
          + " The file was named or declared as "
          + declared
          + " but its content is "
          + (detected == FileType.EXECUTABLE ? "a program" : detected.toString())
          + ".";
    }
    return outcome.description();
  }
}
