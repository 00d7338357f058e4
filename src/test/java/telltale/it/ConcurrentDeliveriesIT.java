package telltale.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several deliveries about one candidate at the same moment (an application and a stage change,
 * say): each acknowledged one has its own stored screening; none is mistaken for a duplicate.
 */
@ExtendWith(PayaraMicroExtension.class)
class ConcurrentDeliveriesIT {
  private static final int DELIVERIES = 8;

  @Test
  void everyAcknowledgedDeliveryOfOneCandidateIsScreened() throws Exception {
    String candidate = "concurrent-" + UUID.randomUUID();
    String profile =
        "{\"candidateId\":\""
            + candidate
            + "\",\"name\":{\"first\":\"Ada\",\"last\":\"Byron\"},"
            + "\"emails\":[\"ada@example.org\"],\"phones\":[\"+1 212 736 5000\"]}";
    ExecutorService pool = Executors.newFixedThreadPool(DELIVERIES);
    try {
      List<Future<String[]>> answers = new ArrayList<>();
      for (int i = 0; i < DELIVERIES; i++) {
        String id = "msg_" + UUID.randomUUID();
        Callable<String[]> send =
            () -> {
              var response = Signing.deliver(null, id, profile).extract();
              return new String[] {
                String.valueOf(response.statusCode()),
                response.path("status"),
                response.path("screening")
              };
            };
        answers.add(pool.submit(send));
      }
      for (Future<String[]> answer : answers) {
        String[] a = answer.get();
        // they take turns on the candidate's case: none is sent back to retry
        assertTrue(a[0].startsWith("2"), "answered " + a[0]);
        assertEquals("screened", a[1], "a new delivery acknowledged as " + a[1]);
        ScreeningSystem.screening(a[2]).statusCode(200);
      }
      assertEquals(
          DELIVERIES,
          answers.stream().map(f -> done(f)[2]).distinct().count(),
          "one screening each");
    } finally {
      pool.shutdownNow();
    }
  }

  private static String[] done(Future<String[]> f) {
    try {
      return f.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
