package telltale.intake.signatures;

import java.time.Instant;
import java.util.List;
import telltale.intake.entity.Delivery;
import telltale.profile.Ats;

/**
 * How one ATS signs its webhooks. Verification runs on the raw bytes before any parsing, compares
 * in constant time, and accepts any of the connection's secrets (for key rotation).
 */
public interface SignatureScheme {
  Ats ats();

  Verdict verify(Delivery delivery, List<String> secrets, Instant now);
}
