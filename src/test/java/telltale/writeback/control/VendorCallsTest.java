package telltale.writeback.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import telltale.writeback.entity.VendorFailure;

class VendorCallsTest {
  static final Clock NOW = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

  static Stream<Arguments> retryAfters() {
    return Stream.of(
        Arguments.of("3", Duration.ofSeconds(3)),
        Arguments.of(" 120 ", Duration.ofSeconds(120)),
        Arguments.of("Fri, 27 Nov 2026 10:00:30 GMT", Duration.ofSeconds(30)),
        Arguments.of("Fri, 27 Nov 2026 09:00:00 GMT", Duration.ZERO),
        Arguments.of("-5", Duration.ZERO),
        Arguments.of("999999", VendorCalls.LONGEST_RETRY_AFTER),
        Arguments.of("soon", VendorCalls.DEFAULT_RETRY_AFTER),
        Arguments.of(null, VendorCalls.DEFAULT_RETRY_AFTER));
  }

  @ParameterizedTest
  @MethodSource("retryAfters")
  void retryAfterIsReadInSecondsOrAsADate(String header, Duration wait) {
    assertEquals(wait, VendorCalls.retryAfter(header, NOW));
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of(429, VendorFailure.RateLimited.class),
        Arguments.of(500, VendorFailure.Transient.class),
        Arguments.of(503, VendorFailure.Transient.class),
        Arguments.of(408, VendorFailure.Transient.class),
        Arguments.of(400, VendorFailure.Permanent.class),
        Arguments.of(401, VendorFailure.Permanent.class),
        Arguments.of(404, VendorFailure.Permanent.class),
        Arguments.of(422, VendorFailure.Permanent.class));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void eachStatusSaysWhetherToRetryWaitOrStop(int status, Class<? extends VendorFailure> kind) {
    VendorFailure failure =
        assertThrows(
            VendorFailure.class,
            () -> VendorCalls.check("lever note", Response.status(status).build()));
    assertInstanceOf(kind, failure);
    assertEquals("lever note: HTTP " + status, failure.getMessage());
  }

  @Test
  void aRateLimitCarriesTheVendorsWait() {
    VendorFailure.RateLimited limited =
        assertThrows(
            VendorFailure.RateLimited.class,
            () ->
                VendorCalls.check(
                    "greenhouse note", Response.status(429).header("Retry-After", "7").build()));
    assertEquals(Duration.ofSeconds(7), limited.retryAfter());
  }

  @Test
  void successesPass() {
    VendorCalls.check("x", Response.ok().build());
    VendorCalls.check("x", Response.status(201).build());
  }
}
