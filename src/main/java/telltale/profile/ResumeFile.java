package telltale.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Base64;
import java.util.Optional;

/**
 * A resume file pushed with the profile: its bytes in base64 and what the sender says it is. Only
 * the bytes decide how it is read (the name and type are compared with them); the file and its text
 * are never stored.
 */
public record ResumeFile(
    @Size(max = 255, message = "must be at most 255 characters") String filename,
    @Size(max = 200, message = "must be at most 200 characters") String contentType,
    @NotBlank(message = "send the file's bytes in base64") String data) {

  /** The bytes, or empty when data is not base64 (the coverage then says so). */
  public Optional<byte[]> bytes() {
    try {
      return Optional.of(Base64.getMimeDecoder().decode(data == null ? "" : data));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A file read from an ATS, in the same shape as a pushed one. */
  public static ResumeFile of(byte[] bytes, String filename, String contentType) {
    return new ResumeFile(filename, contentType, Base64.getEncoder().encodeToString(bytes));
  }
}
