package telltale.screening.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Where one fact of the case came from: the profile field it fills ({@code phones}, {@code
 * verification.identity}, {@code onboarding.payrollAccountHolder}), the system or person that sent
 * it (as authenticated), its friendly name and when it arrived. Names and times only, no values.
 */
public record Provenance(String fact, String source, String from, Instant at) {

  /**
   * The provenance of the facts a rule reads ({@code onboarding.payrollAccountHolder}, {@code
   * phones}, {@code location.country}, {@code verification}).
   */
  public static List<Provenance> feeding(List<Provenance> provenance, Collection<String> reads) {
    List<Provenance> fed = new ArrayList<>();
    for (Provenance p : provenance) {
      boolean read =
          reads.stream()
              .anyMatch(
                  r ->
                      r.equals(p.fact())
                          || r.startsWith(p.fact() + ".")
                          || p.fact().startsWith(r + "."));
      if (read) {
        fed.add(p);
      }
    }
    return fed;
  }
}
