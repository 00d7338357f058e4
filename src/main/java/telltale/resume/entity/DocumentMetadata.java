package telltale.resume.entity;

import java.time.OffsetDateTime;

/**
 * How a document says it was made, as far as its format records it; every field may be null. PDF
 * dates keep the writer's time-zone offset; Office dates are usually UTC.
 *
 * @param author the author (PDF Author, Office creator, ODT initial creator)
 * @param lastModifiedBy who saved it last (Office, ODT), null for PDF
 * @param creatorTool the program that created the content (PDF Creator, Office Application, ODT
 *     generator)
 * @param producer the program that wrote the PDF (PDF Producer), null for other formats
 * @param template the template the document was based on (Office Template, ODT template)
 * @param documentId a persistent document identifier (PDF XMP xmpMM:DocumentID), kept across saves
 *     of the same original
 * @param company the organisation recorded in Office documents
 */
public record DocumentMetadata(
    String author,
    String lastModifiedBy,
    String creatorTool,
    String producer,
    OffsetDateTime created,
    OffsetDateTime modified,
    String template,
    String documentId,
    String company) {

  public static final DocumentMetadata NONE =
      new DocumentMetadata(null, null, null, null, null, null, null, null, null);

  public DocumentMetadata {
    author = clean(author);
    lastModifiedBy = clean(lastModifiedBy);
    creatorTool = clean(creatorTool);
    producer = clean(producer);
    template = clean(template);
    documentId = clean(documentId);
    company = clean(company);
  }

  /** Blank becomes null, and a field is cut at 500 characters: metadata is not a place for text. */
  private static String clean(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    return stripped.length() > 500 ? stripped.substring(0, 500) : stripped;
  }
}
