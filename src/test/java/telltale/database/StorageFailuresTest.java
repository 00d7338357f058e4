package telltale.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.util.stream.Stream;
import javax.transaction.xa.XAException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which failures are a database out of reach, and which of those a commit of unknown outcome. */
class StorageFailuresTest {
  /** As Payara reports a connection that dropped under the COMMIT. */
  static TransactionalException commitFailed() {
    XAException resource =
        new XAException(
            "jakarta.resource.spi.LocalTransactionException: An I/O error occurred while sending"
                + " to the backend.");
    SystemException manager = new SystemException();
    manager.initCause(resource);
    return new TransactionalException(
        "Managed bean with Transactional annotation and TxType of REQUIRED encountered exception"
            + " during commit jakarta.transaction.SystemException",
        manager);
  }

  static Stream<Arguments> failures() {
    return Stream.of(
        Arguments.of("commit failed", commitFailed(), true, true),
        Arguments.of(
            "connection lost mid-statement",
            new RuntimeException(new SQLException("An I/O error occurred", "08006")),
            true,
            false),
        Arguments.of(
            "no connection to be had",
            new RuntimeException(new SQLException("Error in allocating a connection.")),
            true,
            false),
        Arguments.of(
            "resource failed outside a commit",
            new RuntimeException(new XAException("Got exception during XAResource.start")),
            false,
            false),
        Arguments.of(
            "duplicate key",
            new RuntimeException(new SQLException("duplicate key value", "23505")),
            false,
            false),
        Arguments.of("a fault of ours", new IllegalStateException("bug"), false, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void readsTheFailure(String name, Throwable failure, boolean unavailable, boolean lostCommit) {
    assertEquals(unavailable, StorageFailures.isUnavailable(failure), "unavailable");
    assertEquals(lostCommit, StorageFailures.isLostCommit(failure), "lost commit");
  }
}
