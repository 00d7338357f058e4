package telltale.resume.control;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import telltale.resume.entity.ProfileLink;
import telltale.resume.entity.ProfileLink.Site;

/**
 * GitHub, GitLab and LinkedIn profiles named in a resume's text or link targets, with or without
 * https://, normalised to one URL per profile (lower case: all three ignore case), at most {@value
 * #MAX} in all. Repository links count as their owner's profile.
 */
public final class ProfileLinks {
  static final int MAX = 10;
  private static final Pattern LINK =
      Pattern.compile(
          "(?<![\\w.@/-])(?:https?://)?(?:www\\.|[a-z]{2,3}\\.)?"
              + "(github\\.com|gitlab\\.com|linkedin\\.com)/((?:in|pub)/)?([\\w.%-]+)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern GITHUB_USER =
      Pattern.compile("[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}");
  private static final Pattern GITLAB_USER = Pattern.compile("[a-z0-9_][a-z0-9_.-]{0,254}");
  private static final Pattern LINKEDIN_SLUG = Pattern.compile("[\\p{L}\\p{N}_-]{3,100}");

  /** First path segments that are pages of the site, not users. */
  private static final Set<String> NOT_USERS =
      Set.of(
          "about",
          "features",
          "pricing",
          "orgs",
          "organizations",
          "settings",
          "login",
          "join",
          "signup",
          "marketplace",
          "topics",
          "collections",
          "explore",
          "sponsors",
          "apps",
          "enterprise",
          "security",
          "site",
          "contact",
          "notifications",
          "issues",
          "pulls",
          "search",
          "help",
          "users",
          "dashboard",
          "projects",
          "groups",
          "-",
          "readme",
          "trending");

  private ProfileLinks() {}

  public static List<ProfileLink> find(String text, List<String> linkTargets) {
    Map<String, ProfileLink> found = new LinkedHashMap<>();
    Stream.concat(linkTargets.stream(), Stream.of(text == null ? "" : text))
        .forEach(
            source -> {
              Matcher m = LINK.matcher(source);
              while (m.find() && found.size() < MAX) {
                link(m.group(1), m.group(2), m.group(3))
                    .ifPresent(l -> found.putIfAbsent(l.url(), l));
              }
            });
    return new ArrayList<>(found.values());
  }

  private static Optional<ProfileLink> link(String host, String prefix, String path) {
    String handle = path.toLowerCase(Locale.ROOT).replaceAll("[.]+$", "");
    switch (host.toLowerCase(Locale.ROOT)) {
      case "github.com" -> {
        if (prefix == null
            && GITHUB_USER.matcher(handle).matches()
            && !NOT_USERS.contains(handle)) {
          return Optional.of(new ProfileLink(Site.GITHUB, handle, "https://github.com/" + handle));
        }
      }
      case "gitlab.com" -> {
        if (prefix == null
            && GITLAB_USER.matcher(handle).matches()
            && !NOT_USERS.contains(handle)) {
          return Optional.of(new ProfileLink(Site.GITLAB, handle, "https://gitlab.com/" + handle));
        }
      }
      default -> {
        String slug = decode(handle);
        if (prefix != null && LINKEDIN_SLUG.matcher(slug).matches()) {
          return Optional.of(
              new ProfileLink(Site.LINKEDIN, slug, "https://www.linkedin.com/in/" + slug));
        }
      }
    }
    return Optional.empty();
  }

  private static String decode(String slug) {
    try {
      return URLDecoder.decode(slug, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return slug;
    }
  }
}
