package telltale.screening.rules;

import java.util.Optional;
import telltale.profile.IpLiteral;
import telltale.reference.ReferenceData;

/**
 * What the reference lists say about an IP address: its country and whether it is a hosting or VPN
 * network.
 */
public final class Networks {
  private Networks() {}

  public static Optional<String> country(String ip, ReferenceData reference) {
    return IpLiteral.parse(ip).flatMap(reference.ipCountries()::lookup);
  }

  public static Optional<String> anonymizer(String ip, ReferenceData reference) {
    return IpLiteral.parse(ip).flatMap(reference.anonymizerNetworks()::lookup);
  }
}
