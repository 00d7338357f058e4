package telltale.reports.entity;

import java.util.List;

/**
 * How bands would move under another catalogue: stored screenings screened again under the running
 * catalogue and under the other, counted by recorded outcome ("none" without one) and by the pair
 * of bands. Suggestions only: nothing changes until someone changes the catalogue.
 */
public record BacktestReport(
    String catalogueNow,
    String catalogueTried,
    long screenings,
    List<Move> moves,
    List<ByOutcome> byOutcome,
    String note) {

  public BacktestReport {
    moves = List.copyOf(moves);
    byOutcome = List.copyOf(byOutcome);
  }

  /** How many screenings with this outcome go from one band to another. */
  public record Move(String outcome, String now, String tried, long count) {}

  /** Per outcome: screenings whose band would rise, fall or stay. */
  public record ByOutcome(String outcome, long up, long down, long same) {}
}
