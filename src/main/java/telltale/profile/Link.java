package telltale.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A link the candidate gave (LinkedIn, GitHub, portfolio). */
public record Link(
    Site kind,
    @NotBlank(message = "must not be blank")
        @Size(max = 2000, message = "must be at most 2000 characters")
        @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        String url) {

  @Schema(name = "LinkKind")
  public enum Site {
    linkedin,
    github,
    portfolio,
    other
  }

  public Link {
    kind = kind == null ? Site.other : kind;
  }
}
