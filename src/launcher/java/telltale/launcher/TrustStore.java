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
   * Points {@code javax.net.ssl.trustStore} at the JVM's unexpired CA certificates, unless the
   * operator chose a store. Leaves Payara's own store in place when the JVM's cannot be read.
   */
  static void useJvmCertificates() {
    if (System.getProperty(PROPERTY) != null) {
      return;
    }
    Path jvmStore = jvmStore(Path.of(System.getProperty("java.home")));
    try {
      Path current = Files.createTempFile("telltale-cacerts", ".store");
      current.toFile().deleteOnExit();
      String type = System.getProperty("javax.net.ssl.trustStoreType", KeyStore.getDefaultType());
      char[] password =
          System.getProperty("javax.net.ssl.trustStorePassword", "changeit").toCharArray();
      KeyStore unexpired = unexpired(KeyStore.getInstance(jvmStore.toFile(), (char[]) null), type);
      try (OutputStream out = Files.newOutputStream(current)) {
        unexpired.store(out, password);
      }
      System.setProperty(PROPERTY, current.toString());
    } catch (IOException | GeneralSecurityException e) {
      System.err.println(
          "Telltale: the JVM's CA certificates ("
              + jvmStore
              + ") could not be read ("
              + e.getMessage()
              + "); Payara Micro's own are used.");
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
