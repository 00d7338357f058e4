package telltale.writeback.control;

import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import telltale.writeback.entity.VendorFailure;

/**
 * Turns a vendor's HTTP answer into success or a {@link VendorFailure}: 2xx succeeds, 429 waits for
 * Retry-After, 408 and 5xx and network failures are transient, any other 4xx is permanent.
 */
final class VendorCalls {
  /** When a 429 names no Retry-After. */
  static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);

  /** The longest wait a vendor may ask for before an item is simply rescheduled then. */
  static final Duration LONGEST_RETRY_AFTER = Duration.ofHours(1);

  private VendorCalls() {}

  /** Calls, checks the status and, when asked for, reads the JSON answer. */
  static JsonObject call(String what, Supplier<Response> request, boolean readBody) {
    Response response;
    try {
      response = request.get();
    } catch (ProcessingException e) {
      throw new VendorFailure.Transient(what + ": " + e.getClass().getSimpleName());
    }
    try (response) {
      check(what, response);
      return readBody ? response.readEntity(JsonObject.class) : null;
    } catch (ProcessingException e) {
      throw new VendorFailure.Transient(what + ": unreadable answer");
    }
  }

  static void check(String what, Response response) {
    int status = response.getStatus();
    if (status >= 200 && status < 300) {
      return;
    }
    String message = what + ": HTTP " + status;
    if (status == 429) {
      throw new VendorFailure.RateLimited(
          message, retryAfter(response.getHeaderString("Retry-After"), Clock.systemUTC()));
    }
    if (status == 408 || status >= 500) {
      throw new VendorFailure.Transient(message);
    }
    throw new VendorFailure.Permanent(message);
  }

  /** Retry-After in seconds or as an HTTP date; a default when absent or unreadable. */
  static Duration retryAfter(String header, Clock clock) {
    if (header == null || header.isBlank()) {
      return DEFAULT_RETRY_AFTER;
    }
    Duration wait;
    try {
      wait = Duration.ofSeconds(Long.parseLong(header.strip()));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at =
            ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
        wait = Duration.between(clock.instant(), at.toInstant());
      } catch (DateTimeParseException notADate) {
        return DEFAULT_RETRY_AFTER;
      }
    }
    if (wait.isNegative()) {
      return Duration.ZERO;
    }
    return wait.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : wait;
  }
}
