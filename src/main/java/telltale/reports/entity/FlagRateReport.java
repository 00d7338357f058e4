package telltale.reports.entity;

import java.time.LocalDate;
import java.util.List;

/** Flag rates by band, role title, source and stage for screenings from..to (dates inclusive). */
public record FlagRateReport(
    LocalDate from, LocalDate to, long screenings, List<FlagRate> rows, String note) {

  public FlagRateReport {
    rows = List.copyOf(rows);
  }
}
