package telltale.resume.entity;

import java.util.Objects;

/**
 * A resume file as received: its bytes, and the name and content type the sender declared. Only the
 * bytes decide how it is read; name and type are kept to tell when they disagree.
 */
public record ResumeFile(byte[] bytes, String filename, String contentType) {
  public ResumeFile {
    Objects.requireNonNull(bytes, "bytes");
  }

  public FileType declared() {
    return FileType.declared(filename, contentType);
  }
}
