package telltale.database;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random ids for stored rows (screenings, audit entries, queue items), in the usual UUID form.
 * UUID.randomUUID() draws from one SecureRandom shared by the whole JVM, whose lock the request
 * threads queued on under load; here each thread draws from its own DRBG instance.
 */
public final class RowIds {
  private static final ThreadLocal<SecureRandom> RANDOM =
      ThreadLocal.withInitial(
          () -> {
            try {
              return SecureRandom.getInstance("DRBG");
            } catch (NoSuchAlgorithmException e) {
              return new SecureRandom();
            }
          });

  private RowIds() {}

  /** A version 4 (random) UUID as text. */
  public static String random() {
    byte[] bytes = new byte[16];
    RANDOM.get().nextBytes(bytes);
    bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
    long high = 0;
    long low = 0;
    for (int i = 0; i < 8; i++) {
      high = (high << 8) | (bytes[i] & 0xff);
      low = (low << 8) | (bytes[8 + i] & 0xff);
    }
    return new UUID(high, low).toString();
  }
}
