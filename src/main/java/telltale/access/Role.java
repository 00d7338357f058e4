package telltale.access;

import java.util.Locale;
import java.util.Optional;

/** Who a caller is to Telltale; spelled in configuration and tokens in lower case. */
public enum Role {
  /** Systems that post profiles and read back the results. */
  INTEGRATION,
  /** People who read screenings. */
  RECRUITER,
  /** People who add interview observations. */
  INTERVIEWER,
  /** People who read the catalogue and the handbook. */
  TRAINER,
  /** Operators: erase candidates, run retention; may also do everything the others may. */
  ADMIN;

  public static Optional<Role> named(String name) {
    for (Role role : values()) {
      if (role.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
