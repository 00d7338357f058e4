package telltale.writeback.entity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import telltale.api.ClientCredentials;
import telltale.profile.Ats;

/**
 * One configured write-back connection: the vendor's API base URL, the API key or, for APIs that
 * take OAuth client credentials (Greenhouse Harvest v3), the grant a token is asked for with, the
 * ATS user the notes are written as and, optionally (Ashby), the id of a custom field that receives
 * the band. Neither key nor secret appears in {@link #toString()}.
 */
public record Connection(
    Ats ats,
    String name,
    URI url,
    String apiKey,
    String actingUser,
    String bandField,
    ClientCredentials.Grant oauth) {

  public Connection {
    if (url == null || (oauth == null && (apiKey == null || apiKey.isBlank()))) {
      throw new IllegalArgumentException(
          "a write-back connection needs a URL and an API key or client credentials");
    }
  }

  /** A connection with an API key. */
  public Connection(
      Ats ats, String name, URI url, String apiKey, String actingUser, String bandField) {
    this(ats, name, url, apiKey, actingUser, bandField, null);
  }

  /** Whether calls go with an OAuth token from client credentials rather than the API key. */
  public boolean oauth2() {
    return oauth != null;
  }

  /** HTTP Basic with the API key as the user name and a blank password. */
  public String basicAuth() {
    return "Basic "
        + Base64.getEncoder().encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8));
  }

  public String bearer() {
    return "Bearer " + apiKey;
  }

  /** Where the URL's path ends, without a trailing slash, so paths can be appended. */
  public String base() {
    String text = url.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  @Override
  public String toString() {
    return ats + "/" + name;
  }
}
