package telltale.bench;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import telltale.intake.adapters.GreenhouseAdapter;
import telltale.intake.adapters.Intake;
import telltale.intake.entity.Delivery;
import telltale.json.JsonIntake;
import telltale.profile.Ats;

/**
 * Reading one Greenhouse delivery into a profile (the test fixture new_candidate_application.json,
 * the body bench/webhooks.sh signs), against the baseline of only parsing its JSON, in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AdapterBenchmark {
  static final Path FIXTURE =
      Path.of("src/test/resources/webhooks/greenhouse/new_candidate_application.json");

  byte[] body;
  Delivery delivery;
  GreenhouseAdapter greenhouse;

  @Setup
  public void setUp() throws IOException {
    body = Files.readAllBytes(FIXTURE);
    delivery =
        new Delivery(
            Ats.greenhouse,
            "default",
            Map.of("Content-Type", List.of("application/json")),
            body,
            Instant.parse("2026-12-06T04:00:00Z"));
    greenhouse = new GreenhouseAdapter();
  }

  @Benchmark
  public Object parseGreenhouse() {
    return JsonIntake.parse(body);
  }

  @Benchmark
  public Intake readGreenhouse() {
    return greenhouse.read(delivery, (JsonObject) JsonIntake.parse(body));
  }
}
