package telltale.reference;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import telltale.configfile.ConfigFiles;

/** The country of each IANA time zone, from tzdata's zone.tab: {@code zone<TAB>CC}. */
public final class TimeZoneCountries {
  private final Map<String, String> countries;
  private final Map<String, List<String>> zonesByCountry;

  private TimeZoneCountries(Map<String, String> countries) {
    this.countries = Map.copyOf(countries);
    this.zonesByCountry =
        Collections.unmodifiableMap(
            this.countries.entrySet().stream()
                .collect(
                    Collectors.groupingBy(
                        Map.Entry::getValue,
                        HashMap::new,
                        Collectors.collectingAndThen(
                            Collectors.mapping(Map.Entry::getKey, Collectors.toList()),
                            zones -> zones.stream().sorted().toList()))));
  }

  public static TimeZoneCountries load(ConfigFiles.Named file) {
    Map<String, String> countries = new HashMap<>();
    for (TabSeparatedFile.Row row : TabSeparatedFile.read(file, 2)) {
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

  /** The zones of one country, sorted (grouped once, not per screening). */
  public List<String> zones(String country) {
    return zonesByCountry.getOrDefault(country, List.of());
  }

  public int size() {
    return countries.size();
  }
}
