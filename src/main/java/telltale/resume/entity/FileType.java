package telltale.resume.entity;

import java.util.Locale;

/** The kind of a file as its bytes show it (or as its name and declared type claim it). */
public enum FileType {
  PDF,
  DOCX,
  DOC,
  RTF,
  ODT,
  TEXT,
  /** A program (Windows, Linux or macOS executable, or a script): never a resume. */
  EXECUTABLE,
  /** Anything else: images, archives, spreadsheets, unknown bytes. */
  OTHER;

  /** What the filename's extension or the declared content type claim; OTHER when neither says. */
  public static FileType declared(String filename, String contentType) {
    String name = filename == null ? "" : filename.strip().toLowerCase(Locale.ROOT);
    String type = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
    if (name.endsWith(".pdf") || type.startsWith("application/pdf")) {
      return PDF;
    }
    if (name.endsWith(".docx") || type.contains("wordprocessingml")) {
      return DOCX;
    }
    if (name.endsWith(".doc") || type.startsWith("application/msword")) {
      return DOC;
    }
    if (name.endsWith(".rtf") || type.contains("rtf")) {
      return RTF;
    }
    if (name.endsWith(".odt") || type.contains("opendocument.text")) {
      return ODT;
    }
    if (name.endsWith(".txt") || type.startsWith("text/plain")) {
      return TEXT;
    }
    return OTHER;
  }
}
