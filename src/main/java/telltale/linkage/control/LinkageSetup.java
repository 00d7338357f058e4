package telltale.linkage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import telltale.catalogue.control.CatalogueConfig;
import telltale.configfile.ConfigFiles;
import telltale.keys.ServerSecrets;

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
  @Inject ServerSecrets secrets;

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
    return secrets.secret("telltale.linkage.secret", config.secret(), KEY_FILE);
  }
}
