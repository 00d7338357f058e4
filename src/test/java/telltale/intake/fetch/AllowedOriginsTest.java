package telltale.intake.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AllowedOriginsTest {
  static final AllowedOrigins ALLOWED =
      AllowedOrigins.parse(
          " prod-heroku.s3.amazonaws.com , http://127.0.0.1:8089,https://Files.Example.com:8443/");

  static Stream<Arguments> addresses() {
    return Stream.of(
        Arguments.of("https://prod-heroku.s3.amazonaws.com/resume.pdf?X-Amz-Signature=a", true),
        Arguments.of("https://PROD-HEROKU.s3.amazonaws.com:443/resume.pdf", true),
        Arguments.of("http://prod-heroku.s3.amazonaws.com/resume.pdf", false),
        Arguments.of("https://prod-heroku.s3.amazonaws.com:8443/resume.pdf", false),
        Arguments.of("https://evil.prod-heroku.s3.amazonaws.com/resume.pdf", false),
        Arguments.of("https://prod-heroku.s3.amazonaws.com.evil.test/resume.pdf", false),
        Arguments.of("https://user@prod-heroku.s3.amazonaws.com/resume.pdf", false),
        Arguments.of("http://127.0.0.1:8089/files/cv.pdf", true),
        Arguments.of("https://127.0.0.1:8089/files/cv.pdf", false),
        Arguments.of("http://127.0.0.1:8090/files/cv.pdf", false),
        Arguments.of("http://localhost:8089/files/cv.pdf", false),
        Arguments.of("https://files.example.com:8443/x", true),
        Arguments.of("https://files.example.com/x", false),
        Arguments.of("ftp://prod-heroku.s3.amazonaws.com/resume.pdf", false),
        Arguments.of("/relative/resume.pdf", false));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("addresses")
  void aHostMeansHttpsToItAndAnOriginMeansExactlyThatOrigin(String address, boolean allowed) {
    assertEquals(allowed, ALLOWED.allows(URI.create(address)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://files.example.com/path",
        "files.example.com/path",
        "files.example.com:8443",
        "ftp://files.example.com",
        "https://user@files.example.com",
        "*.example.com",
        "https://files.example.com?x=1"
      })
  void entriesThatAreNoOriginStopTheStartWithAMessageNamingThem(String entry) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> AllowedOrigins.parse(entry));
    assertTrue(refused.getMessage().contains(entry), refused.getMessage());
    assertTrue(refused.getMessage().contains("telltale.files.allowed-hosts"));
  }

  @Test
  void anEmptySettingAllowsNothing() {
    assertEquals(0, AllowedOrigins.parse("").origins().size());
    assertEquals(false, AllowedOrigins.parse(" , ").allows(URI.create("https://a.test/x")));
  }
}
