package telltale.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeZoneCountriesTest {
  static final TimeZoneCountries ZONES =
      TimeZoneCountries.of(
          Map.of(
              "America/New_York", "US",
              "America/Chicago", "US",
              "America/Los_Angeles", "US",
              "Europe/Paris", "FR"));

  @Test
  void aCountrysZonesAreListedSorted() {
    assertEquals(
        List.of("America/Chicago", "America/Los_Angeles", "America/New_York"), ZONES.zones("US"));
    assertEquals(List.of("Europe/Paris"), ZONES.zones("FR"));
  }

  @Test
  void anUnknownOrMissingCountryHasNoZones() {
    assertEquals(List.of(), ZONES.zones("KR"));
    assertEquals(List.of(), ZONES.zones(null));
  }
}
