package telltale.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Date;
import java.util.Optional;

/**
 * The certificate authorities Telltale trusts when it calls a vendor over HTTPS.
 *
 * <p>Payara Micro otherwise trusts its own copy of CA certificates, frozen at its release, and at
 * every start prints each expired one in full (NCLS-SECURITY-05054, some 70 lines apiece), which the
 * operator can do nothing about. Unless {@code javax.net.ssl.trustStore} is set, Telltale trusts
 * the JVM's CA certificates instead, the store operators already keep current with the JVM or the
 * operating system, without those that have expired: no browser accepts a chain ending in one.
 * Payara copies the store it is given into its runtime directory and uses that copy.
 */
final class TrustStore {
  static final String PROPERTY = "javax.net.ssl.trustStore";

  private TrustStore() {}

  /**
   * Points {@code javax.net.ssl.trustStore} at a copy of the JVM's unexpired CA certificates,
   * unless the operator chose a store; the copy, if one was made. Leaves Payara's own store in
   * place when the JVM's cannot be read.
   */
  static Optional<Path> useJvmCertificates(OperatorSettings operator) {
    if (operator.get(PROPERTY) != null) {
      return Optional.empty();
    }
    Optional<Path> copy = copyUnexpired(Path.of(System.getProperty("java.home")));
    copy.ifPresent(path -> System.setProperty(PROPERTY, path.toString()));
    return copy;
  }

  /**
   * Writes the unexpired CA certificates the JVM under {@code javaHome} trusts to a temporary
   * file, of the type and with the password Payara reads it with; empty, with a line on standard
   * error, when they cannot be read.
   */
  static Optional<Path> copyUnexpired(Path javaHome) {
    Path jvmStore = jvmStore(javaHome);
    try {
      if (!Files.isRegularFile(jvmStore)) {
        throw new IOException("no such file");
      }
      KeyStore from = KeyStore.getInstance(jvmStore.toFile(), (char[]) null);
      String type = System.getProperty("javax.net.ssl.trustStoreType", KeyStore.getDefaultType());
      char[] password =
          System.getProperty("javax.net.ssl.trustStorePassword", "changeit").toCharArray();
      Path copy = Files.createTempFile("telltale-cacerts", ".store");
      copy.toFile().deleteOnExit();
      try (OutputStream out = Files.newOutputStream(copy)) {
        unexpired(from, type).store(out, password);
      }
      return Optional.of(copy);
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      System.err.println(
          "Telltale: the JVM's CA certificates ("
              + jvmStore
              + ") could not be read ("
              + e.getMessage()
              + "); Payara Micro's own are used.");
      return Optional.empty();
    }
  }

  /**
   * Deletes the launcher's copy once Payara has copied it into its runtime directory and points
   * the property there, so no copy stays behind a process that is killed.
   */
  static void discardOnceCopied(Path copy) {
    if (!copy.toString().equals(System.getProperty(PROPERTY))) {
      try {
        Files.deleteIfExists(copy);
      } catch (IOException e) {
        // deleteOnExit still has it
      }
    }
  }

  /** The store the JVM itself trusts by default: jssecacerts when present, else cacerts. */
  static Path jvmStore(Path javaHome) {
    Path security = javaHome.resolve("lib").resolve("security");
    Path jssecacerts = security.resolve("jssecacerts");
    return Files.isRegularFile(jssecacerts) ? jssecacerts : security.resolve("cacerts");
  }

  /** A new store of the given type holding the trusted certificates of {@code from} still valid. */
  static KeyStore unexpired(KeyStore from, String type)
      throws IOException, GeneralSecurityException {
    KeyStore to = KeyStore.getInstance(type);
    to.load(null, null);
    Date now = new Date();
    for (String alias : Collections.list(from.aliases())) {
      Certificate certificate = from.getCertificate(alias);
      boolean expired =
          certificate instanceof X509Certificate x509 && x509.getNotAfter().before(now);
      if (from.isCertificateEntry(alias) && !expired) {
        to.setCertificateEntry(alias, certificate);
      }
    }
    return to;
  }
}
