package telltale.screening.rules.identity;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Location;
import telltale.profile.PostalAddress;
import telltale.reference.ReferenceData;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/**
 * A14: the candidate's own statements about where they live disagree: the stated country against
 * the home address, or against the time zone they gave (compared by UTC offset, so a neighbouring
 * zone with the same clock never fires).
 */
public final class CrossProfileInconsistency implements Rule {
  private static final List<Instant> SEASONS =
      List.of(Instant.parse("2026-01-15T12:00:00Z"), Instant.parse("2026-07-15T12:00:00Z"));

  @Override
  public String id() {
    return "cross_profile_inconsistency";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Map.of(
        "address_country", Set.of("claimedCountry", "addressCountry", "addressKind"),
        "timezone_country", Set.of("claimedCountry", "timezone", "timezoneCountry"));
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    Location location = profile.location();
    if (location == null || location.country() == null) {
      return RuleResult.missing("location.country");
    }
    String claimed = location.country();
    List<PostalAddress> homes =
        profile.addresses().stream()
            .filter(a -> a.kind() == PostalAddress.Use.home && a.country() != null)
            .toList();
    if (homes.isEmpty() && location.timezone() == null) {
      return RuleResult.missing("addresses", "location.timezone");
    }
    List<RuleResult.Occurrence> found = new ArrayList<>();
    homes.stream()
        .map(PostalAddress::country)
        .filter(country -> !country.equals(claimed))
        .distinct()
        .forEach(
            country ->
                found.add(
                    RuleResult.occurrence(
                        "address_country",
                        "claimedCountry",
                        claimed,
                        "addressCountry",
                        country,
                        "addressKind",
                        "home")));
    if (location.timezone() != null
        && !sameClock(location.timezone(), claimed, lookups.reference())) {
      found.add(
          RuleResult.occurrence(
              "timezone_country",
              "claimedCountry",
              claimed,
              "timezone",
              location.timezone(),
              "timezoneCountry",
              lookups
                  .reference()
                  .timeZones()
                  .country(location.timezone())
                  .orElse("another country")));
    }
    return RuleResult.of(found);
  }

  private static boolean sameClock(String timezone, String country, ReferenceData reference) {
    List<String> zones = reference.timeZones().zones(country);
    if (zones.isEmpty()
        || reference.timeZones().country(timezone).map(country::equals).orElse(false)) {
      return true; // unknown country: nothing to contradict
    }
    try {
      ZoneId stated = ZoneId.of(timezone);
      for (Instant when : SEASONS) {
        ZoneOffset offset = stated.getRules().getOffset(when);
        for (String zone : zones) {
          if (ZoneId.of(zone).getRules().getOffset(when).equals(offset)) {
            return true;
          }
        }
      }
      return false;
    } catch (DateTimeException e) {
      return true;
    }
  }
}
