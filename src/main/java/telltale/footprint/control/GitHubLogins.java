package telltale.footprint.control;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import telltale.profile.Link;

/**
 * The GitHub account a candidate linked: the first path segment of a link to the GitHub web host
 * (github.com for the public API, the server's own host for GitHub Enterprise), when it is a valid
 * account name and not one of GitHub's own pages.
 */
public record GitHubLogins(Set<String> hosts) {
  private static final Pattern LOGIN =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}");
  private static final Set<String> RESERVED =
      Set.of(
          "about",
          "apps",
          "collections",
          "contact",
          "customer-stories",
          "enterprise",
          "events",
          "explore",
          "features",
          "login",
          "marketplace",
          "new",
          "notifications",
          "orgs",
          "organizations",
          "pricing",
          "pulls",
          "issues",
          "search",
          "security",
          "settings",
          "sponsors",
          "topics",
          "trending",
          "users");

  /** github.com for api.github.com; the API's own host for a GitHub Enterprise Server. */
  public static GitHubLogins forApi(URI api) {
    String host = api.getHost() == null ? "" : api.getHost().toLowerCase(Locale.ROOT);
    return host.equals("api.github.com")
        ? new GitHubLogins(Set.of("github.com", "www.github.com"))
        : new GitHubLogins(Set.of(host));
  }

  /** The first linked account, if any link points to one. */
  public Optional<String> of(List<Link> links) {
    return links.stream().map(this::login).flatMap(Optional::stream).findFirst();
  }

  Optional<String> login(Link link) {
    URI uri;
    try {
      uri = URI.create(link.url().strip());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (!hosts.contains(host) || uri.getPath() == null) {
      return Optional.empty();
    }
    String first =
        List.of(uri.getPath().split("/")).stream().filter(s -> !s.isEmpty()).findFirst().orElse("");
    return LOGIN.matcher(first).matches() && !RESERVED.contains(first.toLowerCase(Locale.ROOT))
        ? Optional.of(first)
        : Optional.empty();
  }
}
