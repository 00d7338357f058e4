package telltale.profile;

import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The candidate's name as given. Rules only compare it with the candidate's own statements. */
public record PersonName(
    @Size(max = 200, message = "must be at most 200 characters") @NoControlCharacters String first,
    @Size(max = 200, message = "must be at most 200 characters") @NoControlCharacters String last) {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  public String full() {
    return ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
  }

  /**
   * Whether another written form names the same person: any script, case, accents, name order, with
   * or without spaces (김민준 matches first 민준, last 김), and with extra middle names.
   */
  public boolean sameAs(String other) {
    List<String> mine = tokens(full());
    List<String> theirs = tokens(other);
    if (mine.isEmpty() || theirs.isEmpty()) {
      return false;
    }
    Set<String> a = Set.copyOf(mine);
    Set<String> b = Set.copyOf(theirs);
    if (a.containsAll(b) || b.containsAll(a)) {
      return true;
    }
    String joined = String.join("", theirs);
    List<String> firsts = tokens(first);
    List<String> lasts = tokens(last);
    return joined.equals(String.join("", firsts) + String.join("", lasts))
        || joined.equals(String.join("", lasts) + String.join("", firsts));
  }

  private static List<String> tokens(String text) {
    if (text == null) {
      return List.of();
    }
    String folded =
        MARKS
            .matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    return Arrays.stream(NON_WORD.split(folded))
        .filter(t -> !t.isEmpty())
        .collect(Collectors.toList());
  }
}
