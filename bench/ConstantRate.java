import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Open-loop load at a constant rate (what wrk2 would do; wrk has no -R): one request every 1/rate
 * seconds whatever the answers, latency measured from the intended send time, so a stall is
 * counted against every request it delays (no coordinated omission).
 *
 * <p>java bench/ConstantRate.java URL RATE SECONDS BODIES [FIRST [WARMUP]] (lines "hex-signature
 * TAB body", from bench/signed_bodies.py; used in order from line FIRST, 0-based, round robin, each
 * with a fresh Greenhouse-Event-ID). The first WARMUP seconds (default 5) are sent at the same rate
 * but not counted: they warm this client's own JVM and connections, which otherwise put the slowest
 * requests of a run into its first seconds.
 */
public class ConstantRate {
  public static void main(String[] args) throws Exception {
    URI uri = URI.create(args[0]);
    double rate = Double.parseDouble(args[1]);
    int seconds = Integer.parseInt(args[2]);
    List<String[]> all =
        Files.readAllLines(Path.of(args[3])).stream().map(l -> l.split("\t", 2)).toList();
    int first = args.length > 4 ? Integer.parseInt(args[4]) : 0;
    List<String[]> bodies = all.subList(first, all.size());
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 5;
    long warm = (long) (rate * warmup);
    long total = warm + (long) (rate * seconds);
    long intervalNanos = (long) (1e9 / rate);
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    List<long[]> timed = Collections.synchronizedList(new ArrayList<>()); // {send offset, latency}
    AtomicInteger failures = new AtomicInteger();
    List<CompletableFuture<?>> pending = new ArrayList<>();
    String run = Long.toString(System.currentTimeMillis());
    long begin = System.nanoTime();
    long start = begin + warm * intervalNanos; // the counted part
    for (long i = 0; i < total; i++) {
      boolean counted = i >= warm;
      long intended = begin + i * intervalNanos;
      long wait = intended - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json")
              .header("Signature", "sha256 " + bodies.get((int) (i % bodies.size()))[0])
              .header("Greenhouse-Event-ID", "rate-" + run + "-" + i)
              .POST(HttpRequest.BodyPublishers.ofString(bodies.get((int) (i % bodies.size()))[1]))
              .build();
      pending.add(
          client
              .sendAsync(request, HttpResponse.BodyHandlers.discarding())
              .whenComplete(
                  (response, error) -> {
                    if (!counted) {
                      return;
                    }
                    if (error != null || response.statusCode() / 100 != 2) {
                      failures.incrementAndGet();
                    }
                    long latency = System.nanoTime() - intended;
                    latencies.add(latency);
                    timed.add(new long[] {intended - start, latency});
                  }));
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
    double elapsed = (System.nanoTime() - start) / 1e9;
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf(
        "RESULT rate=%.0f sent=%d seconds=%.1f achieved_rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f failures=%d%n",
        rate,
        total - warm,
        elapsed,
        sorted.size() / elapsed,
        pct(sorted, 0.50),
        pct(sorted, 0.99),
        sorted.get(sorted.size() - 1) / 1e6,
        failures.get());
    windows(new ArrayList<>(timed));
  }

  /** p99 per 5 s of sending, to tell a slow start (the client's own warm-up) from a steady tail. */
  private static void windows(List<long[]> timed) {
    StringBuilder line = new StringBuilder("p99_ms by 5 s window:");
    long window = 5_000_000_000L;
    for (long from = 0; ; from += window) {
      long lo = from;
      List<Long> in =
          timed.stream()
              .filter(t -> t[0] >= lo && t[0] < lo + window)
              .map(t -> t[1])
              .sorted()
              .toList();
      if (in.isEmpty()) {
        break;
      }
      line.append(String.format(" %.1f", pct(in, 0.99)));
    }
    System.out.println(line);
  }

  private static double pct(List<Long> sorted, double p) {
    return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
  }
}
