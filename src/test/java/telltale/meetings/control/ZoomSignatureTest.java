package telltale.meetings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Zoom's v0 signature and URL-validation answer against values computed with openssl. */
class ZoomSignatureTest {
  static final byte[] SECRET = "zoom-secret-token-for-tests".getBytes(StandardCharsets.UTF_8);
  static final byte[] OLD = "an-older-secret".getBytes(StandardCharsets.UTF_8);
  static final byte[] BODY = "{\"event\":\"meeting.ended\"}".getBytes(StandardCharsets.UTF_8);
  static final Instant SIGNED_AT = Instant.ofEpochSecond(1_700_000_000L);
  // printf '%s' 'v0:1700000000:{"event":"meeting.ended"}' \
  //   | openssl dgst -sha256 -hmac 'zoom-secret-token-for-tests'
  static final String OPENSSL_SIGNATURE =
      "v0=d5df7e1980f75ee3678d53ed31c6a95bd2d92b3fc3b9a1eaa3ed3caaf237a0f6";

  @Test
  void theUrlValidationAnswerIsTheHmacOfThePlainToken() {
    // printf '%s' 'qgg8vlvZRS6UYooatFL8Aw' | openssl dgst -sha256 -hmac
    // 'zoom-secret-token-for-tests'
    assertEquals(
        "9d644a9fdedca2004fd16a8fa586497eb15eb3fc2fedf6dd3b0c4748fb78d655",
        ZoomSignature.encryptedToken(SECRET, "qgg8vlvZRS6UYooatFL8Aw"));
  }

  static Stream<Arguments> requests() {
    return Stream.of(
        Arguments.of("signed now", "1700000000", OPENSSL_SIGNATURE, SIGNED_AT, true),
        Arguments.of(
            "within 5 minutes", "1700000000", OPENSSL_SIGNATURE, SIGNED_AT.plusSeconds(300), true),
        Arguments.of("stale", "1700000000", OPENSSL_SIGNATURE, SIGNED_AT.plusSeconds(301), false),
        Arguments.of(
            "from the future", "1700000000", OPENSSL_SIGNATURE, SIGNED_AT.minusSeconds(301), false),
        Arguments.of("other timestamp", "1700000001", OPENSSL_SIGNATURE, SIGNED_AT, false),
        Arguments.of(
            "upper case hex",
            "1700000000",
            OPENSSL_SIGNATURE.toUpperCase().replace("V0=", "v0="),
            SIGNED_AT,
            false),
        Arguments.of("no scheme", "1700000000", OPENSSL_SIGNATURE.substring(3), SIGNED_AT, false),
        Arguments.of("no timestamp", null, OPENSSL_SIGNATURE, SIGNED_AT, false),
        Arguments.of("no signature", "1700000000", null, SIGNED_AT, false),
        Arguments.of("timestamp not a number", "soon", OPENSSL_SIGNATURE, SIGNED_AT, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void onlyTheSecretsSignatureWithinTheToleranceIsAccepted(
      String name, String timestamp, String signature, Instant now, boolean accepted) {
    assertEquals(
        accepted,
        ZoomSignature.signer(
                List.of(OLD, SECRET), timestamp, signature, BODY, now, Duration.ofSeconds(300))
            .isPresent());
  }

  @Test
  void theSecretThatSignedAnswersTheHandshakeDuringRotation() {
    byte[] signer =
        ZoomSignature.signer(
                List.of(OLD, SECRET),
                "1700000000",
                OPENSSL_SIGNATURE,
                BODY,
                SIGNED_AT,
                Duration.ofSeconds(300))
            .orElseThrow();
    assertTrue(java.util.Arrays.equals(SECRET, signer));
  }
}
