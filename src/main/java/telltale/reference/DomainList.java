package telltale.reference;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import telltale.configfile.ConfigFiles;

/**
 * A list of domains (disposable e-mail providers, seized front-company sites); a sub-domain of a
 * listed domain matches too. The optional second column says where the entry comes from.
 */
public final class DomainList {
  private final Map<String, String> domains;

  private DomainList(Map<String, String> domains) {
    this.domains = Map.copyOf(domains);
  }

  public static DomainList load(ConfigFiles.Named file) {
    Map<String, String> domains = new HashMap<>();
    for (TabSeparatedFile.Row row : TabSeparatedFile.read(file, 1)) {
      domains.put(
          row.cells()[0].toLowerCase(Locale.ROOT), row.cells().length > 1 ? row.cells()[1] : "");
    }
    return new DomainList(domains);
  }

  public static DomainList of(String... entries) {
    Map<String, String> domains = new HashMap<>();
    for (String entry : entries) {
      domains.put(entry, "");
    }
    return new DomainList(domains);
  }

  public int size() {
    return domains.size();
  }

  /** The listed domain that this domain is, or is a sub-domain of. */
  public Optional<String> match(String domain) {
    if (domain == null) {
      return Optional.empty();
    }
    String candidate = domain.toLowerCase(Locale.ROOT).strip();
    while (true) {
      if (domains.containsKey(candidate)) {
        return Optional.of(candidate);
      }
      int dot = candidate.indexOf('.');
      if (dot < 0 || candidate.indexOf('.', dot + 1) < 0) {
        return Optional.empty();
      }
      candidate = candidate.substring(dot + 1);
    }
  }

  public String source(String listed) {
    return domains.getOrDefault(listed, "");
  }
}
