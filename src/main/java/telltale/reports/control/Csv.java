package telltale.reports.control;

import java.util.List;
import java.util.stream.Collectors;
import telltale.reports.entity.FlagRate;
import telltale.reports.entity.FlagRateReport;
import telltale.reports.entity.ScreenedCase;
import telltale.reports.entity.ScreenedCases;

/**
 * Reports as CSV (RFC 4180, CRLF) with the note as leading # comment lines. Cells that a
 * spreadsheet would run as a formula (=, +, -, @) are prefixed with an apostrophe.
 */
public final class Csv {
  private Csv() {}

  public static String of(FlagRateReport report) {
    StringBuilder csv =
        comments(report.note() + " Period: " + report.from() + " to " + report.to() + ".");
    line(
        csv,
        List.of(
            "dimension",
            "value",
            "screenings",
            "low",
            "elevated",
            "high",
            "critical",
            "flagged",
            "flag_rate"));
    for (FlagRate row : report.rows()) {
      line(
          csv,
          List.of(
              row.dimension(),
              row.value(),
              String.valueOf(row.screenings()),
              String.valueOf(row.low()),
              String.valueOf(row.elevated()),
              String.valueOf(row.high()),
              String.valueOf(row.critical()),
              String.valueOf(row.flagged()),
              String.valueOf(row.flagRate())));
    }
    return csv.toString();
  }

  public static String of(ScreenedCases cases) {
    StringBuilder csv =
        comments(cases.note() + " Period: " + cases.from() + " to " + cases.to() + ".");
    line(
        csv,
        List.of(
            "screening_id",
            "ats",
            "candidate_id",
            "screened_at",
            "band",
            "flagged",
            "role_title",
            "source",
            "stage"));
    for (ScreenedCase c : cases.cases()) {
      line(
          csv,
          List.of(
              c.screeningId(),
              c.ats(),
              c.candidateId(),
              c.screenedAt().toString(),
              c.band().name(),
              String.valueOf(c.flagged()),
              nullToEmpty(c.roleTitle()),
              nullToEmpty(c.source()),
              nullToEmpty(c.stage())));
    }
    return csv.toString();
  }

  private static StringBuilder comments(String note) {
    StringBuilder csv = new StringBuilder();
    for (String line : note.split("\n")) {
      csv.append("# ").append(line.replace("\r", "")).append("\r\n");
    }
    return csv;
  }

  private static void line(StringBuilder csv, List<String> cells) {
    csv.append(cells.stream().map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
  }

  static String cell(String value) {
    String safe = value;
    if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0 && !isNumber(safe)) {
      safe = "'" + safe;
    }
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }

  private static boolean isNumber(String value) {
    try {
      Double.parseDouble(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
