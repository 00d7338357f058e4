package telltale.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BackoffTest {
  static final Backoff BACKOFF = new Backoff(8, Duration.ofSeconds(30), Duration.ofHours(1));

  static Stream<Arguments> delays() {
    return Stream.of(
        Arguments.of(1, Duration.ofSeconds(30)),
        Arguments.of(2, Duration.ofSeconds(60)),
        Arguments.of(3, Duration.ofSeconds(120)),
        Arguments.of(7, Duration.ofSeconds(1920)),
        Arguments.of(8, Duration.ofHours(1)),
        Arguments.of(400, Duration.ofHours(1)));
  }

  @ParameterizedTest
  @MethodSource("delays")
  void theDelayDoublesUpToTheCap(int attempt, Duration delay) {
    assertEquals(delay, BACKOFF.after(attempt));
  }

  @Test
  void anItemIsGivenUpAfterMaxAttempts() {
    assertFalse(BACKOFF.exhausted(7));
    assertTrue(BACKOFF.exhausted(8));
  }

  @Test
  void nonsenseSettingsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Backoff(0, Duration.ofSeconds(1), Duration.ofSeconds(2)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Backoff(3, Duration.ofSeconds(10), Duration.ofSeconds(2)));
  }
}
