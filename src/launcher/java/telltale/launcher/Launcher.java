package telltale.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The Main-Class of target/telltale.jar: starts Payara Micro as its own main would, then exits with
 * status 1 and the reason on standard error when the application did not start. Payara Micro
 * otherwise stays up answering 404, and a supervisor or an orchestrator sees a live process. Kept
 * out of the WAR and free of Payara types (reflection), so it needs nothing at compile time.
 */
public final class Launcher {
  static final int FAILED = 1;

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Causes causes = new Causes(System.err);
    System.setErr(new PrintStream(causes, true, StandardCharsets.UTF_8));
    // Settings the operator gave as system properties, here or in Payara Micro's
    // --systemproperties file, which Payara applies later; unreadable, the launcher leaves all to
    // Payara and the application.
    Optional<Properties> fromFile = OperatorSettings.systemPropertiesFile(args);
    Optional<Path> trustStore = Optional.empty();
    if (fromFile.isPresent()) {
      OperatorSettings operator = new OperatorSettings(fromFile.get(), System.getenv());
      trustStore = TrustStore.useJvmCertificates(operator);
      DatasourceSettings.applyDefaults(operator);
    }
    // JDBC's DriverManager loads every driver it can see once, on first use. Payara first uses it
    // while discarding the class loader it scanned the application with, which then registered
    // the application's PostgreSQL driver and logged it as a leak. Loading it here, where no
    // application driver is visible, leaves the drivers to the application's own class loader.
    DriverManager.getDrivers();
    Class<?> micro = Class.forName("fish.payara.micro.PayaraMicro");
    micro.getMethod("main", String[].class).invoke(null, (Object) args);
    trustStore.ifPresent(TrustStore::discardOnceCopied);
    Object instance = micro.getMethod("getInstance").invoke(null);
    int port = (Integer) micro.getMethod("getHttpPort").invoke(instance);
    if (!alive(port)) {
      PrintStream err = causes.original;
      err.println("Telltale did not start: the application failed to deploy.");
      causes.reasons().forEach(reason -> err.println("  reason: " + reason));
      err.flush();
      Runtime.getRuntime().halt(FAILED);
    }
  }

  /**
   * Whether the application answers its own liveness check. Payara Micro answers 503 "No
   * Application deployed" when it failed, and under the uber jar an application whose start failed
   * still counts as deployed, so the check asks the application.
   */
  static boolean alive(int port) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/live"))
            .timeout(Duration.ofSeconds(10))
            .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("telltale");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Standard error passed through unchanged, remembering the root causes of the stack traces that
   * go by ("Caused by: ...Exception: message"), since Payara's log handlers replace any a launcher
   * installs.
   */
  static final class Causes extends OutputStream {
    private static final int KEPT = 3;
    final PrintStream original;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final Set<String> causes = new LinkedHashSet<>();

    Causes(PrintStream original) {
      this.original = original;
    }

    @Override
    public synchronized void write(int b) {
      original.write(b);
      if (b == '\n') {
        remember(line.toString(StandardCharsets.UTF_8));
        line.reset();
      } else if (line.size() < 4096) {
        line.write(b);
      }
    }

    @Override
    public void flush() {
      original.flush();
    }

    private void remember(String text) {
      String trimmed = text.strip();
      int at = trimmed.lastIndexOf("Exception: ");
      if (trimmed.startsWith("Caused by: ") && at >= 0 && causes.size() < 50) {
        causes.add(trimmed.substring(at + "Exception: ".length()));
      }
    }

    synchronized List<String> reasons() {
      return causes.stream().limit(KEPT).toList();
    }
  }
}
