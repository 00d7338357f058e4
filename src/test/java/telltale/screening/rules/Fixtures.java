package telltale.screening.rules;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import telltale.json.JsonIntake;
import telltale.linkage.entity.Links;
import telltale.profile.CandidateProfile;
import telltale.reference.DomainList;
import telltale.reference.IpRanges;
import telltale.reference.ReferenceData;
import telltale.reference.RemoteAccessTools;
import telltale.reference.TechnologyReleases;
import telltale.reference.TimeZoneCountries;
import telltale.reference.TorExits;
import telltale.reference.VirtualCameras;

/** Small, readable reference data and profiles for rule tests. */
public final class Fixtures {
  private Fixtures() {}

  public static final ReferenceData REFERENCE =
      new ReferenceData(
          DomainList.of("mailinator.com", "10minutemail.com"),
          DomainList.of("seized-front.example"),
          IpRanges.of("198.51.100.0,198.51.100.255,KR", "203.0.113.0,203.0.113.255,US"),
          IpRanges.of("203.0.113.128,203.0.113.191,DigitalOcean (hosting)"),
          TechnologyReleases.of(
              new TechnologyReleases.Technology("Kafka", YearMonth.of(2011, 1), ""),
              new TechnologyReleases.Technology("Kubernetes", YearMonth.of(2014, 6), "")),
          TimeZoneCountries.of(
              Map.of(
                  "America/Chicago",
                  "US",
                  "America/New_York",
                  "US",
                  "America/Los_Angeles",
                  "US",
                  "Asia/Seoul",
                  "KR",
                  "Europe/Brussels",
                  "BE",
                  "Europe/Paris",
                  "FR")),
          RemoteAccessTools.of(
              Set.of("connectwise control"),
              new RemoteAccessTools.Tool("AnyDesk", "remote_desktop"),
              new RemoteAccessTools.Tool("PiKVM", "ip_kvm")),
          TorExits.of("185.220.101.4"),
          VirtualCameras.of(
              new VirtualCameras.Camera(
                  "OBS Virtual Camera", "streaming", false, "streaming software"),
              new VirtualCameras.Camera("Camo", "phone", true, "a phone as the webcam")));

  /** Rules see the small reference data and a history with nothing in it. */
  public static final Lookups CONTEXT = new Lookups(REFERENCE, Links.none());

  /** A profile from canonical JSON, read exactly as the API reads it. */
  public static CandidateProfile profile(String json) {
    return JsonIntake.read(json.getBytes(StandardCharsets.UTF_8), CandidateProfile.class);
  }

  private static final Jsonb JSONB = JsonbBuilder.create();

  /** The canonical JSON of a profile. */
  public static String toJson(CandidateProfile profile) {
    return JSONB.toJson(profile);
  }

  /**
   * Table rows use single quotes and leave out the candidate id; this makes them canonical JSON.
   */
  /** As {@link #withId}, for JSON that names its own candidateId. */
  public static String withIdUnlessGiven(String compact) {
    return compact.contains("candidateId") ? compact.replace('\'', '"') : withId(compact);
  }

  public static String withId(String compact) {
    return compact
        .replace('\'', '"')
        .replaceFirst("\\{", "{\"candidateId\":\"c\",")
        .replace(",}", "}");
  }

  /**
   * What a rule's result looks like in a table: "clear", "missing:a,b" or "fired:variant,variant".
   */
  public static String summary(RuleResult result) {
    if (result instanceof RuleResult.Clear) {
      return "clear";
    }
    if (result instanceof RuleResult.Missing missing) {
      return "missing:" + String.join(",", missing.fields());
    }
    RuleResult.Fired fired = (RuleResult.Fired) result;
    return "fired:"
        + String.join(
            ",",
            fired.occurrences().stream()
                .map(o -> o.variant().isEmpty() ? "x" : o.variant())
                .toList());
  }
}
