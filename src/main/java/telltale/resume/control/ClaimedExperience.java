package telltale.resume.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import telltale.reference.TechnologyReleases;
import telltale.reference.TechnologyReleases.Technology;
import telltale.resume.entity.ExperienceClaim;

/**
 * Claims in a resume's text of more years with a technology than it has existed ("15 years of
 * Kubernetes" in 2026), against config/reference/technology-releases.yaml. A year of grace absorbs
 * rounding and early access; a hit asks for verification, it proves nothing.
 */
public final class ClaimedExperience {
  static final int GRACE_MONTHS = 12;

  /** Technologies named like ordinary words count only when the phrase ends right after them. */
  static final Set<String> ORDINARY_WORDS =
      Set.of(
          "go", "rust", "swift", "julia", "flask", "helm", "chef", "unity", "bun", "claude",
          "express", "spring", "dart", "ruby", "r", "c");

  private static final String WORD = "[\\p{L}\\p{N}.#+/-]+";

  /** "12+ years of (professional) experience with Kubernetes", "12 yrs' Kubernetes". */
  private static final Pattern YEARS_OF =
      Pattern.compile(
          "(\\d{1,2})\\s*\\+?\\s*(?:years?|yrs?)\\.?['’]?\\s+(?:of\\s+)?"
              + "(?:(?:professional|commercial|hands-on|production|industry|solid|strong|practical)\\s+)*"
              + "(?:(?:experience|exp\\.?|expertise|working|work|development|programming|coding)\\s+)?"
              + "(?:(?:with|in|using|on|of)\\s+)?"
              + "("
              + WORD
              + "(?:[ \\t]+"
              + WORD
              + "){0,3})",
          Pattern.CASE_INSENSITIVE);

  /** "Kubernetes (12 years)", "Kubernetes: 12+ yrs", "Kubernetes - 12 years". */
  private static final Pattern TECH_YEARS =
      Pattern.compile(
          "("
              + WORD
              + "(?:[ \\t]+"
              + WORD
              + "){0,2})[ \\t]*[:(\\u2013\\u2014-][ \\t]*(\\d{1,2})"
              + "\\s*\\+?\\s*(?:years?|yrs?)\\b",
          Pattern.CASE_INSENSITIVE);

  private final TechnologyReleases technologies;

  public ClaimedExperience(TechnologyReleases technologies) {
    this.technologies = technologies;
  }

  /** The impossible claims in the text, one per technology (the largest), as of {@code now}. */
  public List<ExperienceClaim> impossible(String text, LocalDate now) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Map<String, ExperienceClaim> found = new LinkedHashMap<>();
    Matcher m = YEARS_OF.matcher(text);
    while (m.find()) {
      longestPrefix(m.group(2)).ifPresent(t -> add(found, t, Integer.parseInt(m.group(1)), now));
    }
    Matcher t = TECH_YEARS.matcher(text);
    while (t.find()) {
      longestSuffix(t.group(1)).ifPresent(x -> add(found, x, Integer.parseInt(t.group(2)), now));
    }
    return new ArrayList<>(found.values());
  }

  private void add(Map<String, ExperienceClaim> found, Technology tech, int years, LocalDate now) {
    long months = ChronoUnit.MONTHS.between(tech.released(), YearMonth.from(now));
    if (years * 12L <= months + GRACE_MONTHS) {
      return;
    }
    ExperienceClaim claim =
        new ExperienceClaim(
            tech.name(), years, tech.released(), (int) (months / 12), tech.source());
    found.merge(tech.name(), claim, (a, b) -> a.claimedYears() >= b.claimedYears() ? a : b);
  }

  /** "Kubernetes and Docker at X" finds Kubernetes; an ordinary word must end the phrase. */
  private Optional<Technology> longestPrefix(String phrase) {
    String[] words = phrase.split("[ \\t]+");
    for (int n = words.length; n > 0; n--) {
      String candidate = String.join(" ", Arrays.copyOf(words, n));
      String bare = candidate.replaceAll("[.,;:)]+$", "");
      Optional<Technology> tech = technologies.find(bare);
      if (tech.isPresent()) {
        boolean ordinary = ORDINARY_WORDS.contains(bare.toLowerCase(Locale.ROOT));
        boolean ends =
            n == words.length || !bare.equals(candidate) || "and".equalsIgnoreCase(words[n]);
        return ordinary && !ends ? Optional.empty() : tech;
      }
    }
    return Optional.empty();
  }

  /** "Senior Kubernetes (12 years)" finds Kubernetes: the longest run of last words that is one. */
  private Optional<Technology> longestSuffix(String phrase) {
    String[] words = phrase.split("[ \\t]+");
    for (int from = 0; from < words.length; from++) {
      String candidate = String.join(" ", Arrays.copyOfRange(words, from, words.length));
      Optional<Technology> tech = technologies.find(candidate);
      if (tech.isPresent()) {
        return tech;
      }
    }
    return Optional.empty();
  }
}
