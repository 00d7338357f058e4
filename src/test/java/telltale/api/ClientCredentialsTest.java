package telltale.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClientCredentialsTest {
  static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

  static Stream<Arguments> lifetimes() {
    return Stream.of(
        Arguments.of(
            "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":3600}",
            "2026-12-05T12:55:00Z"),
        Arguments.of(
            "{\"access_token\":\"t\",\"expires_at\":\"2026-12-05T13:00:00Z\"}",
            "2026-12-05T12:55:00Z"),
        Arguments.of(
            "{\"access_token\":\"t\",\"expires_at\":\"2026-12-05T13:00:00.000+00:00\"}",
            "2026-12-05T12:55:00Z"),
        Arguments.of("{\"access_token\":\"t\"}", "2026-12-05T12:55:00Z"),
        Arguments.of("{\"access_token\":\"t\",\"expires_in\":120}", "2026-12-05T12:01:00Z"),
        Arguments.of("{\"access_token\":\"t\",\"expires_at\":\"soon\"}", "2026-12-05T12:55:00Z"));
  }

  @ParameterizedTest
  @MethodSource("lifetimes")
  void aTokenIsKeptUntilShortlyBeforeItExpires(String answer, String until) {
    ClientCredentials.Token token = ClientCredentials.token(answer, NOW);
    assertEquals("t", token.value());
    assertEquals(Instant.parse(until), token.until());
  }

  @ParameterizedTest
  @MethodSource("withoutToken")
  void anAnswerWithoutATokenIsRefused(String answer) {
    ClientCredentials.Refused refused =
        assertThrows(ClientCredentials.Refused.class, () -> ClientCredentials.token(answer, NOW));
    assertFalse(refused.getMessage().contains(answer), "no body in the message");
  }

  static Stream<String> withoutToken() {
    return Stream.of("{}", "{\"access_token\":\"\"}", "[]", "<html>", "{\"access_token\":7}");
  }

  @Test
  void theTokenIsAskedForWithBasicAuthAndTheSubjectInTheForm() throws Exception {
    ClientCredentials.Grant grant =
        new ClientCredentials.Grant(
            URI.create("https://auth.greenhouse.io/token"), "id-1", "s3cret", "4080");
    HttpRequest request = ClientCredentials.request(grant);
    assertEquals("POST", request.method());
    assertEquals(
        "Basic "
            + java.util.Base64.getEncoder()
                .encodeToString("id-1:s3cret".getBytes(StandardCharsets.UTF_8)),
        request.headers().firstValue("Authorization").orElseThrow());
    assertEquals(
        "application/x-www-form-urlencoded",
        request.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("grant_type=client_credentials&sub=4080", body(request));
    assertFalse(grant.toString().contains("s3cret"));
  }

  @Test
  void withoutASubjectOnlyTheGrantTypeIsSent() throws Exception {
    HttpRequest request =
        ClientCredentials.request(
            new ClientCredentials.Grant(URI.create("https://auth.test/token"), "a", "b", null));
    assertEquals("grant_type=client_credentials", body(request));
  }

  @Test
  void refusalsOfTheCredentialsArePermanentOthersAreNot() {
    assertTrue(new ClientCredentials.Refused(401, null, "x").permanent());
    assertTrue(new ClientCredentials.Refused(403, null, "x").permanent());
    assertTrue(new ClientCredentials.Refused(400, null, "x").permanent());
    assertFalse(new ClientCredentials.Refused(429, "3", "x").permanent());
    assertFalse(new ClientCredentials.Refused(503, null, "x").permanent());
    assertFalse(new ClientCredentials.Refused(0, null, "x").permanent());
  }

  private static String body(HttpRequest request) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompletableFuture<Void> done = new CompletableFuture<>();
    request
        .bodyPublisher()
        .orElseThrow()
        .subscribe(
            new Flow.Subscriber<ByteBuffer>() {
              @Override
              public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
              }

              @Override
              public void onNext(ByteBuffer item) {
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                out.writeBytes(bytes);
              }

              @Override
              public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
              }

              @Override
              public void onComplete() {
                done.complete(null);
              }
            });
    done.get();
    return out.toString(StandardCharsets.UTF_8);
  }
}
