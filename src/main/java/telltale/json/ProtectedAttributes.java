package telltale.json;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The protected-attribute firewall: field names Telltale never accepts or keeps (nationality,
 * ethnicity, age, sex, language, photo-derived traits, EEOC blocks). The canonical API answers 400
 * naming the field; ATS adapters drop such blocks on intake.
 */
public final class ProtectedAttributes {
  private static final Set<String> NAMES =
      Set.of(
          "nationality",
          "nationalities",
          "citizenship",
          "citizenships",
          "nationalorigin",
          "countryoforigin",
          "countryofbirth",
          "placeofbirth",
          "ethnicity",
          "ethnicities",
          "ethnicorigin",
          "race",
          "races",
          "religion",
          "religiousaffiliation",
          "age",
          "dateofbirth",
          "birthdate",
          "birthday",
          "dob",
          "yearofbirth",
          "sex",
          "gender",
          "genderidentity",
          "sexualorientation",
          "nativelanguage",
          "language",
          "languages",
          "mothertongue",
          "firstlanguage",
          "accent",
          "photo",
          "photourl",
          "picture",
          "avatar",
          "selfie",
          "eeoc",
          "eeo",
          "demographics",
          "veteranstatus",
          "disabilitystatus",
          "maritalstatus",
          "pregnancy");

  private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z]");

  private ProtectedAttributes() {}

  /** Whether a field name denotes a protected attribute (case, _ and - ignored). */
  public static boolean isProtected(String fieldName) {
    return NAMES.contains(NOT_A_LETTER.matcher(fieldName.toLowerCase(Locale.ROOT)).replaceAll(""));
  }
}
