package telltale.intake.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import telltale.api.VendorCallFailed;
import telltale.meetings.entity.ScheduledMeeting;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;
import telltale.screening.boundary.Screenings;
import telltale.testing.Exchanges;
import telltale.testing.RecordedEvents;

/**
 * How a queued resume file ends: read, a final refusal as a coverage note, a failure retried, and
 * after the last attempt a note instead of the file. Never a stuck job.
 */
class FetchWorkerTest {
  HttpServer server;
  String origin;
  final FetchWorker worker = new FetchWorker();
  final RecordedEvents<VendorCallFailed> failures = new RecordedEvents<>();
  final List<FetchQueue.Job> claimed = new ArrayList<>();
  final List<Instant> retries = new ArrayList<>();
  CandidateProfile screenedProfile;
  List<String> screenedNotes;
  String screenedStatus;
  final List<String> steps = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
    server.createContext(
        "/cv.txt",
        x -> {
          Exchanges.answer(x, 200, null, "Dana Example, engineer");
          x.close();
        });
    server.createContext(
        "/down",
        x -> {
          x.sendResponseHeaders(503, -1);
          x.close();
        });
    server.start();
    origin = "http://127.0.0.1:" + server.getAddress().getPort();
    worker.failed = failures;
    worker.queue =
        new FetchQueue() {
          @Override
          public List<FetchQueue.Job> claim(Instant now, int limit) {
            List<FetchQueue.Job> jobs = List.copyOf(claimed);
            claimed.clear();
            return jobs;
          }

          @Override
          public void retryLater(FetchQueue.Job job, Instant next) {
            retries.add(next);
          }
        };
    worker.config =
        new FetchConfig() {
          @Override
          public Optional<Access> access(Ats ats, String connection) {
            return Optional.empty();
          }
        };
    worker.files =
        new FilesConfig() {
          @Override
          public boolean enabled() {
            return true;
          }

          @Override
          public synchronized FileFetcher fetcher() {
            return new FileFetcher(
                AllowedOrigins.parse(origin), 1024, Duration.ofSeconds(2), Duration.ofSeconds(2));
          }
        };
    worker.screenings =
        new Screenings() {
          @Override
          public Prepared prepare(CandidateProfile profile) {
            steps.add("read the file");
            screenedProfile = profile;
            return null;
          }
        };
    worker.screening =
        new FetchScreening() {
          @Override
          public void complete(
              FetchQueue.Job job,
              Screenings.Prepared profile,
              List<String> notes,
              String status,
              List<ScheduledMeeting> scheduled) {
            steps.add("screen in a transaction");
            screenedNotes = notes;
            screenedStatus = status;
          }
        };
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  void run(String address, int attempts) {
    claimed.add(
        new FetchQueue.Job(
            "job-1",
            "key",
            Ats.greenhouse,
            "default",
            FetchTargets.join(List.of("resume-file:" + address)),
            CandidateProfile.builder("c1").build(),
            attempts));
    worker.run();
  }

  @Test
  void aFetchedFileGoesToTheScreeningWithTheProfile() {
    run(origin + "/cv.txt?sig=1", 0);
    assertEquals("done", screenedStatus);
    assertNotNull(screenedProfile.resumeFile());
    assertEquals("cv.txt", screenedProfile.resumeFile().filename());
    assertEquals(List.of(), screenedNotes);
  }

  /**
   * The worker runs without a transaction (NOT_SUPPORTED); the file is downloaded and read before
   * {@link FetchScreening#complete} opens the screening's transaction, so no database transaction
   * is held during network or extraction.
   */
  @Test
  void theFileIsReadBeforeTheScreeningTransactionOpens() {
    run(origin + "/cv.txt", 0);
    assertEquals(List.of("read the file", "screen in a transaction"), steps);
  }

  @Test
  void aHostNotAllowedIsScreenedAtOnceWithANote() {
    run("https://elsewhere.example/cv.pdf", 0);
    assertEquals("done", screenedStatus);
    assertNull(screenedProfile.resumeFile());
    assertTrue(screenedNotes.get(0).contains("not on the allowed list"), screenedNotes.toString());
    assertEquals(List.of(), retries);
  }

  @Test
  void aFailingHostIsTriedAgainLater() {
    run(origin + "/down", 0);
    assertNull(screenedStatus, "not screened yet");
    assertEquals(1, retries.size());
    assertEquals(
        List.of(new VendorCallFailed("greenhouse", VendorCallFailed.Kind.transient_failure)),
        failures.fired(),
        "counted for the failures-by-vendor metric");
  }

  @Test
  void afterTheLastAttemptTheCandidateIsScreenedWithoutTheFile() {
    run(origin + "/down", FetchWorker.RETRY.maxAttempts() - 1);
    assertEquals("done", screenedStatus);
    assertNull(screenedProfile.resumeFile());
    assertTrue(
        screenedNotes.get(0).startsWith("Resume file: fetch failed after retries"),
        screenedNotes.toString());
    assertEquals(List.of(), retries);
  }
}
