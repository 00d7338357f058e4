package telltale.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import telltale.catalogue.entity.Band;
import telltale.reports.entity.FlagRate;

class FlagRatesTest {
  static final List<FlagRates.Cell> CELLS =
      List.of(
          new FlagRates.Cell(Band.LOW, "Engineer", "LinkedIn", "application", 6),
          new FlagRates.Cell(Band.ELEVATED, "Engineer", "Agency", "application", 2),
          new FlagRates.Cell(Band.HIGH, "Engineer", "Agency", "interview", 1),
          new FlagRates.Cell(Band.CRITICAL, "Designer", null, "offer", 1),
          new FlagRates.Cell(Band.LOW, "Designer", "", "offer", 2));

  static FlagRate row(List<FlagRate> rows, String dimension, String value) {
    return rows.stream()
        .filter(r -> r.dimension().equals(dimension) && r.value().equals(value))
        .findFirst()
        .orElseThrow(() -> new AssertionError(dimension + "=" + value + " missing in " + rows));
  }

  @Test
  void eachDimensionCountsEveryScreeningOnce() {
    List<FlagRate> rows = FlagRates.of(CELLS);
    for (String dimension : List.of("band", "job", "source", "stage")) {
      assertEquals(
          12,
          rows.stream()
              .filter(r -> r.dimension().equals(dimension))
              .mapToLong(FlagRate::screenings)
              .sum(),
          dimension);
    }
  }

  @Test
  void flaggedMeansAboveLowAndTheRateIsRounded() {
    List<FlagRate> rows = FlagRates.of(CELLS);
    FlagRate engineer = row(rows, "job", "Engineer");
    assertEquals(9, engineer.screenings());
    assertEquals(6, engineer.low());
    assertEquals(2, engineer.elevated());
    assertEquals(1, engineer.high());
    assertEquals(3, engineer.flagged());
    assertEquals(0.3333, engineer.flagRate());
    FlagRate agency = row(rows, "source", "Agency");
    assertEquals(1.0, agency.flagRate());
  }

  @Test
  void missingValuesAreGroupedAsNoneAndEveryBandIsListedInOrder() {
    List<FlagRate> rows = FlagRates.of(CELLS);
    FlagRate none = row(rows, "source", FlagRates.NONE);
    assertEquals(3, none.screenings());
    assertEquals(1, none.flagged());
    assertEquals(
        List.of("LOW", "ELEVATED", "HIGH", "CRITICAL"),
        rows.stream().filter(r -> r.dimension().equals("band")).map(FlagRate::value).toList());
    assertEquals(0.0, row(FlagRates.of(List.of()), "band", "HIGH").flagRate());
  }
}
