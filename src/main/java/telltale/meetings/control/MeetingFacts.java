package telltale.meetings.control;

import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import telltale.meetings.entity.Participant;
import telltale.profile.CountryCode;
import telltale.profile.Interview;
import telltale.profile.IpLiteral;
import telltale.reference.ReferenceData;
import telltale.reference.VirtualCameras;

/**
 * Turns the candidate's participant records into one interview round: the connection's country and
 * anonymiser network (looked up here, so the address itself is never kept), a listed virtual
 * camera's name (an unlisted device name is not kept: it can carry its owner's name), the machine
 * and the connection's address as keyed hashes, the join time; and notes for the coverage on what
 * the platform left empty.
 */
public final class MeetingFacts {
  private static final Pattern COUNTRY_IN_BRACKETS =
      Pattern.compile("(?:\\(([A-Za-z]{2})\\)|^\\s*([A-Za-z]{2}))\\s*$");

  /** The linkage kind of an interview connection's exact public address. */
  public static final String MEETING_NETWORK = "meeting_network";

  private MeetingFacts() {}

  /** A round and the notes on it. */
  public record Round(Interview interview, List<String> notes) {}

  public static Round of(
      List<Participant> records,
      String source,
      int round,
      ReferenceData reference,
      BiFunction<String, String, String> keyedHash) {
    List<Participant> ordered =
        records.stream()
            .sorted(
                Comparator.comparing(
                    Participant::joinTime, Comparator.nullsLast(Comparator.naturalOrder())))
            .toList();
    String where = source + ", round " + round + ": ";
    List<String> notes = new ArrayList<>();
    String country = null;
    String network = null;
    String networkKey = null;
    boolean anyAddress = false;
    for (Participant p : ordered) {
      Optional<InetAddress> ip =
          p.ipAddress() == null ? Optional.empty() : IpLiteral.parse(p.ipAddress());
      anyAddress |= ip.isPresent();
      if (networkKey == null && ip.isPresent()) {
        // the exact address as linkage keys it (the same hash a typed meeting IP gets), so two
        // candidates of different names on one connection are found without keeping the address
        networkKey = keyedHash.apply(MEETING_NETWORK, ip.get().getHostAddress());
      }
      if (country == null) {
        country =
            ip.flatMap(reference.ipCountries()::lookup)
                .or(() -> bracketed(p.location()))
                .orElse(null);
      }
      if (network == null && ip.isPresent()) {
        network =
            reference
                .torExits()
                .lookup(ip.get())
                .or(() -> reference.anonymizerNetworks().lookup(ip.get()))
                .orElse(null);
      }
    }
    if (network == null
        && ordered.stream().anyMatch(p -> "tunnel".equalsIgnoreCase(p.networkType()))) {
      // Teams reports a VPN as the connection type "tunnel"
      network = "a VPN tunnel (the connection type the platform reported)";
    }
    if (!anyAddress) {
      notes.add(
          where
              + "the platform reported no IP address for the candidate's connection (Zoom and Meet"
              + " leave it empty for some external participants), so the network was not checked.");
    }
    if (country == null) {
      notes.add(where + "no location for the candidate's connection.");
    }
    List<String> cameras =
        ordered.stream()
            .map(Participant::camera)
            .filter(Objects::nonNull)
            .filter(c -> !c.isBlank())
            .toList();
    if (cameras.isEmpty()) {
      notes.add(where + "the platform reported no camera for the candidate.");
    }
    String camera = listed(cameras, reference.virtualCameras());
    Instant at =
        ordered.stream()
            .map(Participant::joinTime)
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(null);
    // the machine of the first join that names one, as its kind and a keyed hash of the value
    String device =
        ordered.stream()
            .map(Participant::machine)
            .flatMap(Optional::stream)
            .findFirst()
            .map(
                m -> {
                  String kind = m.substring(0, m.indexOf(':'));
                  return kind + ":" + keyedHash.apply("meeting_device", m);
                })
            .orElse(null);
    if (device == null) {
      notes.add(
          where
              + "the platform reported no device identifier for the candidate, so the device was"
              + " not compared across rounds or with other candidates.");
    }
    return new Round(
        new Interview(
            round, at, null, List.of(), source, country, network, camera, device, networkKey),
        notes);
  }

  /** The first listed camera that is not ordinary, else the first listed one, else none. */
  private static String listed(List<String> cameras, VirtualCameras list) {
    List<VirtualCameras.Camera> found =
        cameras.stream().map(list::find).flatMap(Optional::stream).toList();
    return found.stream()
        .filter(c -> !c.ordinary())
        .findFirst()
        .or(() -> found.stream().findFirst())
        .map(VirtualCameras.Camera::name)
        .orElse(null);
  }

  /**
   * Zoom's location reads like "Berlin (DE)", Meet's location_country like "DE": the (bracketed)
   * country code, when it is one.
   */
  static Optional<String> bracketed(String location) {
    if (location == null) {
      return Optional.empty();
    }
    Matcher m = COUNTRY_IN_BRACKETS.matcher(location);
    if (!m.find()) {
      return Optional.empty();
    }
    String code = (m.group(1) != null ? m.group(1) : m.group(2)).toUpperCase(Locale.ROOT);
    return CountryCode.CODES.contains(code) ? Optional.of(code) : Optional.empty();
  }
}
