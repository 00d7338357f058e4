package telltale.intake.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import telltale.meetings.entity.ScheduledMeeting;
import telltale.testing.Exchanges;

/**
 * Greenhouse's scheduled interviews of an application, read page by page as Harvest documents them
 * (a JSON array, the next page in the Link header): only link and start, cancelled ones left out, a
 * next page on another host not followed.
 */
class GreenhouseInterviewsTest {
  HttpServer server;
  final List<String> asked = new CopyOnWriteArrayList<>();
  volatile String secondPageLink;
  volatile int status = 200;

  static final String PAGE_1 =
      """
      [{"id":9128481,"application_id":71980812,"external_event_id":"event123",\
      "start":{"date_time":"2026-12-03T15:00:00.000Z"},"end":{"date_time":"2026-12-03T16:00:00.000Z"},\
      "location":"Zoom","video_conferencing_url":"https://zoom.us/j/85746065432",\
      "status":"scheduled","interview":{"id":7001,"name":"Technical"},\
      "organizer":{"id":2000,"name":"Jack Shepard"},\
      "interviewers":[{"id":4080,"name":"Kate Austen","email":"kate.austen@example.com"}]},\
      {"id":9128482,"application_id":71980812,"start":{"date":"2026-12-05"},"end":{"date":"2026-12-06"},\
      "location":"Office","video_conferencing_url":null,"status":"scheduled"}]""";
  static final String PAGE_2 =
      """
      [{"id":9128483,"application_id":71980812,"start":{"date_time":"2026-12-01T09:00:00Z"},\
      "video_conferencing_url":"https://meet.google.com/abc-defg-hij","status":"complete"},\
      {"id":9128484,"application_id":71980812,"start":{"date_time":"2026-12-02T09:00:00Z"},\
      "video_conferencing_url":"https://zoom.us/j/91234567890","status":"cancelled"}]""";

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            String query = exchange.getRequestURI().getRawQuery();
            asked.add(exchange.getRequestURI().getRawPath() + "?" + query);
            boolean second = query.contains("page=2");
            if (!second && secondPageLink != null) {
              exchange.getResponseHeaders().add("Link", secondPageLink);
            }
            Exchanges.answer(exchange, status, "application/json", second ? PAGE_2 : PAGE_1);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  List<ScheduledMeeting> read() {
    return VendorApis.greenhouseScheduledInterviews(
        "71980812", new FetchConfig.Access(base(), "harvest-key"));
  }

  @Test
  void bothPagesAreReadAndOnlyLinksAndStartsKept() {
    secondPageLink =
        "<"
            + base()
            + "/applications/71980812/scheduled_interviews?page=2&per_page=500>; rel=\"next\", <"
            + base()
            + "/applications/71980812/scheduled_interviews?page=2&per_page=500>; rel=\"last\"";
    assertEquals(
        List.of(
            new ScheduledMeeting(
                "https://zoom.us/j/85746065432", Instant.parse("2026-12-03T15:00:00Z")),
            new ScheduledMeeting(
                "https://meet.google.com/abc-defg-hij", Instant.parse("2026-12-01T09:00:00Z"))),
        read());
    assertEquals(
        List.of(
            "/v1/applications/71980812/scheduled_interviews?per_page=500",
            "/v1/applications/71980812/scheduled_interviews?page=2&per_page=500"),
        asked);
  }

  @Test
  void aNextPageOnAnotherHostIsNotFollowed() {
    secondPageLink =
        "<http://example.invalid/v1/applications/71980812/scheduled_interviews?page=2>; rel=\"next\"";
    assertEquals(1, read().size());
    assertEquals(1, asked.size());
  }

  @Test
  void aRefusalIsTheCallersAndAServerErrorIsRetried() {
    status = 403;
    assertEquals(403, assertThrows(VendorApis.Refused.class, this::read).status());
    status = 503;
    assertThrows(jakarta.ws.rs.WebApplicationException.class, this::read);
  }
}
