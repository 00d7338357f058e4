package telltale.api;

/**
 * Greenhouse Harvest v3's default addresses and how a configured Harvest URL is read, shared by the
 * fetch queue and write-back, which both talk to Harvest with client credentials.
 */
public final class HarvestV3 {
  public static final String URL = "https://harvest.greenhouse.io/v3";
  public static final String TOKEN_URL = "https://auth.greenhouse.io/token";

  private HarvestV3() {}

  /**
   * The v3 address for a Harvest URL: one still naming v1 or v2 (left over from an API key) is read
   * as the same host's v3, since v3 credentials cannot be used there.
   */
  public static String url(String configured) {
    String trimmed =
        configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    if (trimmed.endsWith("/v1") || trimmed.endsWith("/v2")) {
      return trimmed.substring(0, trimmed.length() - 3) + "/v3";
    }
    return trimmed;
  }
}
