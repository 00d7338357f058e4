package telltale.reports.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import telltale.catalogue.entity.Band;
import telltale.reports.entity.FlagRate;

/** The flag-rate arithmetic, from counts per combination; no storage. */
public final class FlagRates {
  /** What a screening that did not name a role, source or stage is grouped under. */
  public static final String NONE = "(none)";

  private FlagRates() {}

  /** Screenings counted per band, role title, source and stage together. */
  public record Cell(Band band, String roleTitle, String source, String stage, long count) {}

  /**
   * One row per band (every band, in order), per role title, per source and per stage (each sorted
   * by value), in that order.
   */
  public static List<FlagRate> of(List<Cell> cells) {
    List<FlagRate> rows = new ArrayList<>();
    rows.addAll(by("band", cell -> cell.band().name(), cells));
    rows.addAll(by("job", Cell::roleTitle, cells));
    rows.addAll(by("source", Cell::source, cells));
    rows.addAll(by("stage", Cell::stage, cells));
    return rows;
  }

  private static List<FlagRate> by(String dimension, Function<Cell, String> key, List<Cell> cells) {
    Map<String, long[]> groups = new TreeMap<>();
    if (dimension.equals("band")) {
      groups = new LinkedHashMap<>();
      for (Band band : Band.values()) {
        groups.put(band.name(), new long[Band.values().length]);
      }
    }
    for (Cell cell : cells) {
      String named = key.apply(cell);
      String value = named == null || named.isBlank() ? NONE : named;
      groups.computeIfAbsent(value, v -> new long[Band.values().length])[cell.band().ordinal()] +=
          cell.count();
    }
    return groups.entrySet().stream()
        .map(group -> row(dimension, group.getKey(), group.getValue()))
        .toList();
  }

  private static FlagRate row(String dimension, String value, long[] byBand) {
    long total = 0;
    for (long n : byBand) {
      total += n;
    }
    long flagged = total - byBand[Band.LOW.ordinal()];
    return new FlagRate(
        dimension,
        value,
        total,
        byBand[Band.LOW.ordinal()],
        byBand[Band.ELEVATED.ordinal()],
        byBand[Band.HIGH.ordinal()],
        byBand[Band.CRITICAL.ordinal()],
        flagged,
        total == 0 ? 0.0 : Math.round(10_000.0 * flagged / total) / 10_000.0);
  }
}
