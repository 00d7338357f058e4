package telltale.reference;

import java.net.InetAddress;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import telltale.configfile.ConfigFileException;
import telltale.configfile.ConfigFiles;
import telltale.profile.IpLiteral;

/**
 * Tor exit relays by exact address (config/reference/tor-exit-addresses.txt, the Tor Project's bulk
 * exit list): a listed address is named as one whichever network registers it.
 */
public final class TorExits {
  static final String NAME = "a Tor exit relay (on the Tor Project's exit list)";

  private final Set<InetAddress> exits;

  private TorExits(Set<InetAddress> exits) {
    this.exits = Set.copyOf(exits);
  }

  public static TorExits load(ConfigFiles.Named file) {
    Set<InetAddress> exits = new HashSet<>();
    for (TabSeparatedFile.Row row : TabSeparatedFile.read(file, 1)) {
      exits.add(
          IpLiteral.parse(row.cells()[0])
              .orElseThrow(
                  () ->
                      new ConfigFileException(
                          file.name() + ", line " + row.number() + ": not an IP address")));
    }
    return new TorExits(exits);
  }

  public static TorExits of(String... addresses) {
    Set<InetAddress> exits = new HashSet<>();
    for (String address : addresses) {
      exits.add(IpLiteral.parse(address).orElseThrow());
    }
    return new TorExits(exits);
  }

  public int size() {
    return exits.size();
  }

  /** The words for a listed exit, or empty. */
  public Optional<String> lookup(InetAddress address) {
    return exits.contains(address) ? Optional.of(NAME) : Optional.empty();
  }
}
