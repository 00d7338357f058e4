package telltale.intake.adapters;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * A delivery's ISO date-time as the adapters read it ({@code Clean.instant}, through {@link
 * IsoInstants}), against {@link OffsetDateTime#parse}, which they used before, in the same run. In
 * the adapters' package, since both are package-private.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DateBenchmark {
  String submitted = "2026-03-01T09:30:00.123Z";

  @Benchmark
  public Instant submittedAt() {
    return Clean.instant(submitted);
  }

  @Benchmark
  public Instant baselineSubmittedAtFormatter() {
    return OffsetDateTime.parse(submitted).toInstant();
  }
}
