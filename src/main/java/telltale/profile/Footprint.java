package telltale.profile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;

/** Facts about public profiles, entered by a recruiter or an integration; never scraped. */
public record Footprint(@Valid LinkedIn linkedin, @Valid GitHub github) {

  public record LinkedIn(
      @PlausibleDate LocalDate createdOn,
      @PositiveOrZero(message = "must be zero or more") Integer connections) {}

  public record GitHub(
      @PlausibleDate LocalDate createdOn, @PlausibleDate LocalDate earliestCommitOn) {}
}
