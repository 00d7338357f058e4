package telltale.keys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Server secrets (linkage key, card-link key): the configured value when there is one; with the
 * embedded database a random one made once and kept in the data directory; with PostgreSQL the
 * start fails without one, because every instance must share it.
 */
@ApplicationScoped
public class ServerSecrets {
  static final int MIN_LENGTH = 16;

  @Inject
  @ConfigProperty(name = "telltale.data.dir")
  String dataDir;

  @Inject
  @ConfigProperty(name = "telltale.datasource.url")
  String datasourceUrl;

  /**
   * The secret of one purpose.
   *
   * @param property the configuration key, named in messages
   * @param configured its value, if set
   * @param keyFile the file name in the data directory for a generated secret
   */
  public byte[] secret(String property, Optional<String> configured, String keyFile) {
    Optional<String> value = configured.filter(s -> !s.isBlank());
    if (value.isPresent()) {
      byte[] secret = value.get().getBytes(StandardCharsets.UTF_8);
      if (secret.length < MIN_LENGTH) {
        throw new IllegalStateException(
            property + " must be at least " + MIN_LENGTH + " characters long");
      }
      return secret;
    }
    if (!datasourceUrl.startsWith("jdbc:h2:")) {
      throw new IllegalStateException(
          property
              + " ("
              + property.toUpperCase().replace('.', '_').replace('-', '_')
              + ") must be set when the database is not the embedded one:"
              + " every instance must use the same secret");
    }
    return generated(Path.of(dataDir).resolve(keyFile));
  }

  /**
   * The first-run admin key: with the embedded database and no credential configured, a random key
   * made once in the data directory (the caller says whether one was just made); empty with any
   * other database, where keys stay mandatory configuration.
   */
  public Optional<FirstRun> firstRunKey(String keyFile) {
    if (!datasourceUrl.startsWith("jdbc:h2:")) {
      return Optional.empty();
    }
    Path file = Path.of(dataDir).resolve(keyFile);
    boolean existed = Files.exists(file);
    // the key is the file's text, so `cat data/admin.key` gives it
    String key = Base64.getEncoder().encodeToString(generated(file));
    return Optional.of(new FirstRun(key, file, !existed));
  }

  /** A first-run key, where it is kept, and whether this start made it. */
  public record FirstRun(String key, Path file, boolean made) {}

  static byte[] generated(Path file) {
    try {
      if (Files.exists(file)) {
        return Base64.getDecoder().decode(Files.readString(file).strip());
      }
      Files.createDirectories(file.getParent());
      byte[] secret = new byte[32];
      new SecureRandom().nextBytes(secret);
      Files.writeString(file, Base64.getEncoder().encodeToString(secret));
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system; the directory's own protection applies
      }
      return secret;
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot read or create the key " + file.getFileName() + " in " + file.getParent(), e);
    }
  }
}
