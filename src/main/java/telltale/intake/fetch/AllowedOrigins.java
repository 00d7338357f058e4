package telltale.intake.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where resume files may be fetched from ({@code telltale.files.allowed-hosts}): a host name means
 * HTTPS to that host on the standard port; a full origin ({@code http://127.0.0.1:8089}) allows
 * exactly that scheme, host and port. Nothing else is an origin: paths, user names and wildcards
 * are refused at start with a message naming the entry.
 */
public record AllowedOrigins(List<Origin> origins) {
  /** One scheme, host and port; the port is explicit (443 or 80 when the entry names none). */
  public record Origin(String scheme, String host, int port) {
    static Origin of(URI uri) {
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("http") ? 80 : 443;
      return new Origin(scheme, host, port);
    }
  }

  public AllowedOrigins {
    origins = List.copyOf(origins);
  }

  public static AllowedOrigins parse(String setting) {
    List<Origin> origins = new ArrayList<>();
    for (String raw : (setting == null ? "" : setting).split(",")) {
      String entry = raw.strip();
      if (!entry.isEmpty()) {
        origins.add(origin(entry));
      }
    }
    return new AllowedOrigins(origins);
  }

  private static Origin origin(String entry) {
    boolean full = entry.contains("://");
    URI uri;
    try {
      uri = new URI(full ? entry : "https://" + entry);
    } catch (URISyntaxException e) {
      throw refused(entry);
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null
        || uri.getRawUserInfo() != null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || !(path.isEmpty() || path.equals("/"))
        || !(scheme.equals("https") || scheme.equals("http"))
        || (!full && uri.getPort() != -1)) {
      throw refused(entry);
    }
    return Origin.of(uri);
  }

  private static IllegalArgumentException refused(String entry) {
    return new IllegalArgumentException(
        "telltale.files.allowed-hosts: '"
            + entry
            + "' is neither a host name (files.example.com) nor an origin"
            + " (https://files.example.com or http://127.0.0.1:8089)");
  }

  /** Whether the address is on an allowed origin (and is http or https without user info). */
  public boolean allows(URI uri) {
    return uri.isAbsolute()
        && uri.getHost() != null
        && uri.getRawUserInfo() == null
        && origins.contains(Origin.of(uri));
  }

  /** Whether two addresses share scheme, host and port. */
  static boolean sameOrigin(URI a, URI b) {
    return a.getHost() != null && b.getHost() != null && Origin.of(a).equals(Origin.of(b));
  }
}
