package telltale.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * API keys from {@code telltale.auth.api-keys}: comma-separated {@code role:key} pairs. Keys are
 * compared as SHA-256 digests in constant time; a caller is named by a short digest of its key, so
 * the audit log tells keys apart without holding them.
 */
public final class ApiKeys {
  static final int MIN_KEY_LENGTH = 16;

  private record Entry(Role role, byte[] digest) {}

  private final List<Entry> entries;

  private ApiKeys(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static ApiKeys parse(Optional<String> setting) {
    List<Entry> entries = new ArrayList<>();
    for (String pair : setting.orElse("").split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int colon = pair.indexOf(':');
      Optional<Role> role =
          colon > 0 ? Role.named(pair.substring(0, colon)) : Optional.<Role>empty();
      String key = colon > 0 ? pair.substring(colon + 1).strip() : "";
      if (role.isEmpty()) {
        throw new IllegalStateException(
            "telltale.auth.api-keys: each entry must be role:key with a role of integration,"
                + " recruiter, interviewer, trainer or admin");
      }
      if (key.length() < MIN_KEY_LENGTH) {
        throw new IllegalStateException(
            "telltale.auth.api-keys: the key for role "
                + role.get().wire()
                + " must be at least "
                + MIN_KEY_LENGTH
                + " characters long");
      }
      byte[] digest = sha256(key);
      entries.add(new Entry(role.get(), digest));
    }
    return new ApiKeys(entries);
  }

  /** The caller a key stands for; a key listed under several roles has all of them. */
  public Optional<Caller> caller(String presented) {
    byte[] digest = sha256(presented);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Entry entry : entries) {
      if (MessageDigest.isEqual(entry.digest(), digest)) {
        roles.add(entry.role());
      }
    }
    return roles.isEmpty()
        ? Optional.empty()
        : Optional.of(new Caller("key:" + HexFormat.of().formatHex(digest, 0, 4), roles));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
