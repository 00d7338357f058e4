package telltale.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A link the candidate gave (LinkedIn, GitHub, portfolio). */
public record Link(
    Kind kind,
    @NotBlank(message = "must not be blank")
        @Size(max = 2000, message = "must be at most 2000 characters")
        @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        String url) {

  public enum Kind {
    linkedin,
    github,
    portfolio,
    other
  }

  public Link {
    kind = kind == null ? Kind.other : kind;
  }
}
