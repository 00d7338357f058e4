package telltale.reference;

import java.util.Collection;
import telltale.configfile.ConfigFiles;

/** Loads every file of config/reference; a bad line stops the start, naming file and line. */
public final class ReferenceLoader {
  private final ConfigFiles files;

  public ReferenceLoader(ConfigFiles files) {
    this.files = files;
  }

  public ReferenceData load(Collection<String> sanctionedTools) {
    return new ReferenceData(
        DomainList.load(files.requireOneOf("reference/disposable-email-domains.txt")),
        DomainList.load(files.requireOneOf("reference/known-bad-domains.txt")),
        IpRanges.load(
            files.requireOneOf("reference/ip-country.csv.gz", "reference/ip-country.csv")),
        IpRanges.load(
            files.requireOneOf(
                "reference/anonymizer-networks.csv.gz", "reference/anonymizer-networks.csv")),
        TechnologyReleases.load(files.requireOneOf("reference/technology-releases.yaml")),
        TimeZoneCountries.load(files.requireOneOf("reference/timezone-countries.tsv")),
        RemoteAccessTools.load(
            files.requireOneOf("reference/remote-access-tools.yaml"), sanctionedTools),
        TorExits.load(files.requireOneOf("reference/tor-exit-addresses.txt")),
        VirtualCameras.load(files.requireOneOf("reference/virtual-cameras.yaml")));
  }
}
