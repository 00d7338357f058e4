package telltale.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CA certificates the launcher hands Payara Micro: the JVM's own, none of them expired. */
class TrustStoreTest {

  @Test
  void anExpiredAuthorityIsLeftOutAndAValidOneKept(@TempDir Path dir) throws Exception {
    Path keys = dir.resolve("keys.p12");
    keytool(keys, "expired", "-startdate", "-400d", "-validity", "30");
    keytool(keys, "valid", "-validity", "3650");
    KeyStore pairs = KeyStore.getInstance(keys.toFile(), "changeit".toCharArray());
    KeyStore authorities = KeyStore.getInstance("PKCS12");
    authorities.load(null, null);
    authorities.setCertificateEntry("expired", pairs.getCertificate("expired"));
    authorities.setCertificateEntry("valid", pairs.getCertificate("valid"));

    KeyStore copy = TrustStore.unexpired(authorities, "PKCS12");

    assertEquals(List.of("valid"), Collections.list(copy.aliases()));
  }

  @Test
  void theJvmsUnexpiredAuthoritiesAreCopiedAsPayaraReadsThem() throws Exception {
    Path copy = TrustStore.copyUnexpired(Path.of(System.getProperty("java.home"))).orElseThrow();
    try {
      KeyStore read = KeyStore.getInstance(KeyStore.getDefaultType());
      try (var in = Files.newInputStream(copy)) {
        read.load(in, "changeit".toCharArray());
      }
      assertTrue(read.size() > 50, "the JVM's public CAs: " + read.size());
      Date now = new Date();
      for (String alias : Collections.list(read.aliases())) {
        assertTrue(((X509Certificate) read.getCertificate(alias)).getNotAfter().after(now), alias);
      }
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  @Test
  void aJvmWithoutCaCertificatesLeavesPayarasOwnInPlace(@TempDir Path javaHome) {
    assertTrue(TrustStore.copyUnexpired(javaHome).isEmpty());
  }

  @Test
  void anUnreadableStoreLeavesPayarasOwnInPlace(@TempDir Path javaHome) throws Exception {
    Path security = Files.createDirectories(javaHome.resolve("lib/security"));
    Files.writeString(security.resolve("cacerts"), "not a key store");

    assertTrue(TrustStore.copyUnexpired(javaHome).isEmpty());
  }

  @Test
  void jssecacertsWinsOverCacertsAsInTheJvmItself(@TempDir Path javaHome) throws Exception {
    Path security = Files.createDirectories(javaHome.resolve("lib/security"));
    Files.createFile(security.resolve("cacerts"));
    assertEquals(security.resolve("cacerts"), TrustStore.jvmStore(javaHome));

    Files.createFile(security.resolve("jssecacerts"));
    assertEquals(security.resolve("jssecacerts"), TrustStore.jvmStore(javaHome));
  }

  private static void keytool(Path store, String alias, String... validity) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-keystore",
                store.toString(),
                "-storepass",
                "changeit",
                "-alias",
                alias,
                "-keyalg",
                "EC",
                "-dname",
                "CN=" + alias));
    command.addAll(List.of(validity));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertEquals(0, process.waitFor(), output);
  }
}
