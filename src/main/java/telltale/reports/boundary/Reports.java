package telltale.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import telltale.api.ApiError;
import telltale.api.ClientError;
import telltale.outcome.entity.Outcome;
import telltale.reports.control.FlagRates;
import telltale.reports.control.ReportQueries;
import telltale.reports.control.RuleQualities;
import telltale.reports.entity.FlagRateReport;
import telltale.reports.entity.RuleQualityReport;
import telltale.reports.entity.ScreenedCases;

/** The reports HR and auditors ask for: rule quality, and flag rates for a bias audit. */
@ApplicationScoped
public class Reports {
  static final String RULES_NOTE =
      "Counts cover the screenings kept (see telltale.retention.days) and the latest outcome"
          + " recorded per screening. precision = fired on identity_confirmed_false / (fired on"
          + " identity_confirmed_false + fired on verified_genuine); recall = fired on"
          + " identity_confirmed_false / all identity_confirmed_false screenings. likelihoodRatio"
          + " = how many times more often the rule fired on identity_confirmed_false than on"
          + " verified_genuine screenings (rates, not counts), with its 95% interval"
          + " (likelihoodRatioLow..High, Katz log method); an interval that includes 1 says the"
          + " data cannot tell the rule from chance yet. Use it to tune weights with evidence;"
          + " nothing changes weights automatically, and a rule's weight is never the person.";

  static final String FLAG_RATES_NOTE =
      "Flagged = any band above LOW (verification recommended; Telltale never rejects anyone)."
          + " Telltale holds no demographic data. For a bias audit (NYC Local Law 144 style), export"
          + " the screenings of the same period with GET /api/v1/reports/flag-rates/screenings"
          + "?from=&to=&format=csv, join them by ats and candidate_id to the demographic data you"
          + " hold in your own systems (your ATS's voluntary self-identification, kept there), and"
          + " compute flag rates and impact ratios per category out of band. Never send"
          + " demographic data to Telltale.";

  static final String CASES_NOTE =
      "One row per screening: join by ats and candidate_id to your own demographic data, out of"
          + " band. Flagged = any band above LOW. At most "
          + ReportQueries.MAX_CASES
          + " rows per export; narrow the period for more.";

  @Inject ReportQueries queries;
  Clock clock = Clock.systemUTC();

  public RuleQualityReport rules() {
    Map<Outcome, Long> outcomes = queries.outcomes();
    return new RuleQualityReport(
        queries.screenings(),
        outcomes.values().stream().mapToLong(Long::longValue).sum(),
        outcomes.getOrDefault(Outcome.identity_confirmed_false, 0L),
        outcomes.getOrDefault(Outcome.verified_genuine, 0L),
        RuleQualities.of(queries.firedPerRule(), queries.firedByOutcome(), outcomes),
        RULES_NOTE);
  }

  public FlagRateReport flagRates(String from, String to) {
    Period period = period(from, to);
    List<FlagRates.Cell> cells =
        queries.cells(
            period.start().atStartOfDay().toInstant(ZoneOffset.UTC), period.endExclusive());
    return new FlagRateReport(
        period.start(),
        period.end(),
        cells.stream().mapToLong(FlagRates.Cell::count).sum(),
        FlagRates.of(cells),
        FLAG_RATES_NOTE);
  }

  public ScreenedCases screened(String from, String to) {
    Period period = period(from, to);
    return new ScreenedCases(
        period.start(),
        period.end(),
        queries.cases(
            period.start().atStartOfDay().toInstant(ZoneOffset.UTC), period.endExclusive()),
        CASES_NOTE);
  }

  /** Days from start to end, both inclusive, in UTC. */
  record Period(LocalDate start, LocalDate end) {
    Instant endExclusive() {
      return end.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
  }

  /** Defaults: to = today (UTC), from = a year before to. */
  Period period(String from, String to) {
    LocalDate end = date("to", to, LocalDate.now(clock));
    LocalDate start = date("from", from, end.minusYears(1).plusDays(1));
    if (start.isAfter(end)) {
      throw invalid("from", "must not be after to");
    }
    return new Period(start, end);
  }

  private static LocalDate date(String field, String value, LocalDate fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw invalid(field, "must be a date such as 2026-01-31");
    }
  }

  private static ClientError invalid(String field, String message) {
    return new ClientError(
        400,
        "validation_failed",
        "Some fields are not valid; see violations.",
        List.of(new ApiError.Violation(field, message)));
  }
}
