package telltale.profile;

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
}
