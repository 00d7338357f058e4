package telltale.screening.rules;

import java.util.Optional;
import telltale.profile.IpLiteral;
import telltale.reference.ReferenceData;

/**
 * What the reference lists say about an IP address: its country and whether it is a Tor exit, a
 * hosting or a VPN network.
 */
public final class Networks {
  private Networks() {}

  public static Optional<String> country(String ip, ReferenceData reference) {
    return IpLiteral.parse(ip).flatMap(reference.ipCountries()::lookup);
  }

  /** A listed Tor exit first (whoever registers it), else a hosting or VPN network by range. */
  public static Optional<String> anonymizer(String ip, ReferenceData reference) {
    return IpLiteral.parse(ip)
        .flatMap(
            address ->
                reference
                    .torExits()
                    .lookup(address)
                    .or(() -> reference.anonymizerNetworks().lookup(address)));
  }
}
