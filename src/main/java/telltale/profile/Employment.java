package telltale.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** One position of the work history; dates are a year or a year-month. */
public record Employment(
    @Size(max = 200, message = "must be at most 200 characters") @NoControlCharacters
        String employer,
    @Size(max = 253, message = "must be at most 253 characters")
        @Pattern(
            regexp = "[A-Za-z0-9.-]+\\.[A-Za-z]{2,}",
            message = "must be a domain name such as example.com")
        String domain,
    @Size(max = 200, message = "must be at most 200 characters") String title,
    @Pattern(regexp = PartialDate.PATTERN, message = PartialDate.MESSAGE) String from,
    @Pattern(regexp = PartialDate.PATTERN, message = PartialDate.MESSAGE) String to,
    @Size(max = 100, message = "must list at most 100 skills")
        List<
                @NotBlank(message = "must not be blank")
                @Size(max = 100, message = "must be at most 100 characters") String>
            skills) {

  public Employment {
    skills = Lists.copy(skills);
  }
}
