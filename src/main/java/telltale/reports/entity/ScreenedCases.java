package telltale.reports.entity;

import java.time.LocalDate;
import java.util.List;

/** The screenings from..to (dates inclusive) for an employer's own bias audit. */
public record ScreenedCases(LocalDate from, LocalDate to, List<ScreenedCase> cases, String note) {

  public ScreenedCases {
    cases = List.copyOf(cases);
  }
}
