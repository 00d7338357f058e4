package telltale.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A postal address the candidate gave. */
public record PostalAddress(
    Use kind,
    @Size(max = 6, message = "must have at most 6 lines")
        List<
                @NotNull(message = "must not be null") @NotBlank(message = "must not be blank")
                @Size(max = 200, message = "must be at most 200 characters") String>
            lines,
    @Size(max = 200, message = "must be at most 200 characters") String city,
    @Size(max = 200, message = "must be at most 200 characters") String region,
    @Size(max = 20, message = "must be at most 20 characters") String postalCode,
    @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO 3166 country code such as US")
        @CountryCode
        String country) {

  @Schema(name = "PostalAddressKind")
  public enum Use {
    home,
    mailing,
    other
  }

  /**
   * A form for comparing addresses: case, punctuation, spacing and common street abbreviations
   * folded, so "1204 Elm St." equals "1204 elm street".
   */
  public String comparable() {
    String text =
        String.join(" ", lines)
            + " "
            + (city == null ? "" : city)
            + " "
            + (postalCode == null ? "" : postalCode.replace(" ", ""))
            + " "
            + (country == null ? "" : country);
    String plain =
        MARKS
            .matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    String folded = NON_WORD.matcher(plain).replaceAll(" ").strip();
    StringBuilder out = new StringBuilder();
    for (String word : folded.split(" ")) {
      out.append(out.length() == 0 ? "" : " ").append(ABBREVIATIONS.getOrDefault(word, word));
    }
    return out.toString();
  }

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final java.util.regex.Pattern NON_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final Map<String, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("street", "st"),
          Map.entry("avenue", "ave"),
          Map.entry("av", "ave"),
          Map.entry("road", "rd"),
          Map.entry("boulevard", "blvd"),
          Map.entry("drive", "dr"),
          Map.entry("lane", "ln"),
          Map.entry("court", "ct"),
          Map.entry("place", "pl"),
          Map.entry("suite", "ste"),
          Map.entry("apartment", "apt"),
          Map.entry("north", "n"),
          Map.entry("south", "s"),
          Map.entry("east", "e"),
          Map.entry("west", "w"));

  public PostalAddress {
    kind = kind == null ? Use.other : kind;
    lines = Lists.copy(lines);
  }
}
