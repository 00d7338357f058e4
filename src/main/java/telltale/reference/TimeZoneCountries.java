package telltale.reference;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import telltale.catalogue.control.ConfigFiles;

/** The country of each IANA time zone, from tzdata's zone.tab: {@code zone<TAB>CC}. */
public final class TimeZoneCountries {
  private final Map<String, String> countries;

  private TimeZoneCountries(Map<String, String> countries) {
    this.countries = Map.copyOf(countries);
  }

  public static TimeZoneCountries load(ConfigFiles.Named file) {
    Map<String, String> countries = new HashMap<>();
    for (Lines.Row row : Lines.read(file, 2)) {
      countries.put(row.cells()[0], row.cells()[1]);
    }
    return new TimeZoneCountries(countries);
  }

  public static TimeZoneCountries of(Map<String, String> countries) {
    return new TimeZoneCountries(countries);
  }

  public Optional<String> country(String zone) {
    return Optional.ofNullable(zone).map(countries::get);
  }

  /** The zones of one country. */
  public java.util.List<String> zones(String country) {
    return countries.entrySet().stream()
        .filter(e -> e.getValue().equals(country))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  public int size() {
    return countries.size();
  }
}
