package telltale.intake.adapters;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import telltale.intake.entity.Delivery;

/** Delivery ids for de-duplication, where the vendor gives none: a hash of the exact body. */
final class DeliveryIds {
  private DeliveryIds() {}

  /** "sha256:" and the hex SHA-256 of the raw body: an exact retry gets the same id. */
  static String bodyHash(Delivery delivery) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(delivery.body());
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** A header's value when present and not blank. */
  static Optional<String> header(Delivery delivery, String name) {
    return delivery.header(name).map(String::strip).filter(v -> !v.isEmpty());
  }
}
