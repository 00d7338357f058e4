package telltale.reports.entity;

import java.util.List;

/** Every rule that fired, with how often it was right about the outcomes people recorded. */
public record RuleQualityReport(
    long screenings,
    long withOutcome,
    long confirmedFalse,
    long verifiedGenuine,
    List<RuleQuality> rules,
    String note) {

  public RuleQualityReport {
    rules = List.copyOf(rules);
  }
}
