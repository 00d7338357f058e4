package telltale.profile;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Where a profile came from. Constants are spelled as on the wire. */
public enum Ats {
  generic,
  greenhouse,
  lever,
  ashby,
  workable,
  smartrecruiters,
  jazzhr,
  recruitee;

  /** The connection a delivery or a setting belongs to when none is named. */
  public static final String DEFAULT_CONNECTION = "default";

  /**
   * The configuration key of one setting of one ATS connection:
   * telltale.&lt;area&gt;.&lt;ats&gt;[.&lt;connection&gt;].&lt;name&gt;, e.g.
   * telltale.webhooks.lever.sales.secret; the default connection has no segment of its own.
   */
  public String setting(String area, String connection, String name) {
    String scope = DEFAULT_CONNECTION.equals(connection) ? "" : connection + ".";
    return "telltale." + area + "." + name() + "." + scope + name;
  }

  /**
   * The connections of this ATS in an area whose setting {@code name} is among the given property
   * names, in any spelling MicroProfile Config maps to it (telltale.fetch.greenhouse.sales.api-key,
   * TELLTALE_FETCH_GREENHOUSE_SALES_API_KEY): the reverse of {@link #setting}.
   */
  public Set<String> connectionsNaming(Iterable<String> propertyNames, String area, String name) {
    String prefix = dotted("telltale." + area + "." + name() + ".");
    String suffix = dotted("." + name);
    Set<String> connections = new TreeSet<>();
    for (String property : propertyNames) {
      String dotted = dotted(property);
      if (dotted.equals(prefix + suffix.substring(1))) {
        connections.add(DEFAULT_CONNECTION);
      } else if (dotted.startsWith(prefix) && dotted.endsWith(suffix)) {
        connections.add(dotted.substring(prefix.length(), dotted.length() - suffix.length()));
      }
    }
    return connections;
  }

  private static String dotted(String key) {
    return key.toLowerCase(Locale.ROOT).replace('_', '.').replace('-', '.');
  }
}
