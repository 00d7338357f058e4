package telltale.verification.control;

import java.util.List;
import java.util.Optional;

/** The identity-verification vendors Telltale takes webhooks from. */
public final class Vendors {
  private static final List<VerificationVendor> ALL =
      List.of(new Persona(), new Veriff(), new Onfido(), new Checkr());

  private Vendors() {}

  public static Optional<VerificationVendor> named(String name) {
    return ALL.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  public static List<VerificationVendor> all() {
    return ALL;
  }
}
