package telltale.verification.entity;

import java.util.Optional;
import telltale.profile.Ats;

/**
 * The candidate a verification is about, as the vendor's reference id names it: {@code
 * <ats>:<candidateId>}, e.g. {@code greenhouse:60304594}, set when the inquiry or session is
 * created.
 */
public record Reference(Ats ats, String candidateId) {
  private static final int MAX_ID = 200;

  /** The reference in a vendor's field, or empty when it names no ATS Telltale knows. */
  public static Optional<Reference> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String value = text.strip();
    int colon = value.indexOf(':');
    if (colon <= 0 || colon == value.length() - 1) {
      return Optional.empty();
    }
    String ats = value.substring(0, colon);
    String candidateId = value.substring(colon + 1);
    if (candidateId.length() > MAX_ID || candidateId.chars().anyMatch(Character::isISOControl)) {
      return Optional.empty();
    }
    for (Ats known : Ats.values()) {
      if (known.name().equals(ats)) {
        return Optional.of(new Reference(known, candidateId));
      }
    }
    return Optional.empty();
  }
}
