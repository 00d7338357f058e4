package telltale.linkage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import telltale.catalogue.control.CatalogueConfig;
import telltale.catalogue.control.ConfigFiles;

/**
 * The linkage secret and the fingerprinting built on it. With the embedded database a random secret
 * is made once and kept in the data directory; with PostgreSQL the secret must be configured (every
 * instance must share it), and the start fails without one.
 */
@ApplicationScoped
public class LinkageSetup {
  static final String KEY_FILE = "linkage.key";

  @Inject LinkageConfig config;
  @Inject CatalogueConfig catalogue;

  @Produces
  @Singleton
  Fingerprinter fingerprinter() {
    return new Fingerprinter(secret(), config.allowList());
  }

  @Produces
  @Singleton
  Shingles shingles() {
    ConfigFiles files = catalogue.files();
    List<String> phrases;
    try (var in = files.require("reference/resume-boilerplate.txt")) {
      phrases =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .map(String::strip)
              .filter(l -> !l.isEmpty() && !l.startsWith("#"))
              .toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read resume-boilerplate.txt", e);
    }
    return new Shingles(phrases);
  }

  void checkAtStart(
      @Observes @Initialized(ApplicationScoped.class) Object started, Fingerprinter fingerprinter) {
    // building the fingerprinter at deployment makes a missing secret stop the start
  }

  byte[] secret() {
    if (config.secret().isPresent()) {
      byte[] secret = config.secret().get().getBytes(StandardCharsets.UTF_8);
      if (secret.length < 16) {
        throw new IllegalStateException(
            "telltale.linkage.secret must be at least 16 characters long");
      }
      return secret;
    }
    if (!config.embeddedDatabase()) {
      throw new IllegalStateException(
          "telltale.linkage.secret (TELLTALE_LINKAGE_SECRET) must be set when the database is not the embedded one:"
              + " every instance must hash identifiers with the same secret");
    }
    return generatedSecret(Path.of(config.dataDir()).resolve(KEY_FILE));
  }

  private static byte[] generatedSecret(Path file) {
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
          "cannot read or create the linkage key in " + file.getParent(), e);
    }
  }
}
