package telltale.linkage.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word shingles of resume text with boilerplate removed: section headers, stop words and the common
 * phrases listed in config/reference/resume-boilerplate.txt do not count, so two resumes match on
 * their specific content, not on the template.
 */
public final class Shingles {
  public static final int SIZE = 4;
  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "i", "in", "is", "it",
          "me", "my", "of", "on", "or", "our", "the", "to", "was", "we", "were", "with");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private final List<String> boilerplate;

  public Shingles(List<String> boilerplatePhrases) {
    this.boilerplate =
        boilerplatePhrases.stream().map(Shingles::fold).filter(p -> !p.isBlank()).toList();
  }

  public Set<String> of(String text) {
    if (text == null) {
      return Set.of();
    }
    String folded = " " + fold(text) + " ";
    for (String phrase : boilerplate) {
      folded = folded.replace(" " + phrase + " ", " ");
    }
    List<String> words = new ArrayList<>();
    for (String word : folded.strip().split(" ")) {
      if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
        words.add(word);
      }
    }
    Set<String> shingles = new HashSet<>();
    for (int i = 0; i + SIZE <= words.size(); i++) {
      shingles.add(String.join(" ", words.subList(i, i + SIZE)));
    }
    return shingles;
  }

  /** Lower case, accents off, every run of non-letters one space. */
  static String fold(String text) {
    String plain =
        MARKS
            .matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    return NON_WORD.matcher(plain).replaceAll(" ").strip();
  }
}
