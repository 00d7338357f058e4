package telltale.screening.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import telltale.api.ClientError;

/**
 * One writer per candidate's case at a time: a transaction that reads a case and writes it anew (a
 * delivery, later evidence, an interviewer's round) holds the case until it ends, so a second
 * delivery about the same candidate waits its turn instead of clashing on the case's linkage prints
 * and being sent back to retry.
 *
 * <p>On PostgreSQL the hold is a transaction-level advisory lock, which every instance sharing the
 * database respects. The embedded H2 belongs to one process, so there a lock in this process does
 * the same; it is released when the transaction ends, however it ends.
 */
@ApplicationScoped
public class CaseLocks {
  private static final int STRIPES = 256;
  private static final long WAIT_SECONDS = 10;

  @PersistenceContext(unitName = "telltale")
  EntityManager em;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject
  @ConfigProperty(name = "telltale.datasource.url")
  String url;

  private final Semaphore[] stripes = new Semaphore[STRIPES];

  public CaseLocks() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new Semaphore(1);
    }
  }

  /**
   * Holds the case of one candidate of one ATS until the current transaction ends; holding it again
   * in the same transaction is free.
   *
   * @throws ClientError 503 when another writer held the case (or, on H2, one sharing its stripe)
   *     for longer than ten seconds: the sender retries later and nothing was kept
   */
  public void hold(String ats, String candidateId) {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException("a case is held only inside a transaction");
    }
    long key = key(ats, candidateId);
    if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
      em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS held")
          .setParameter(1, key)
          .getSingleResult();
      return;
    }
    int stripe = (int) Math.floorMod(key, (long) STRIPES);
    String held = "telltale.case-stripe." + stripe;
    if (transactions.getResource(held) != null) {
      return;
    }
    Semaphore lock = stripes[stripe];
    try {
      if (!lock.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw busy();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy();
    }
    try {
      transactions.putResource(held, Boolean.TRUE);
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              // committed or rolled back, on whichever thread ends the transaction
              lock.release();
            }
          });
    } catch (RuntimeException e) {
      lock.release();
      throw e;
    }
  }

  private static ClientError busy() {
    return new ClientError(
        503,
        "case_busy",
        "Another change to this candidate's case is being saved right now; nothing was kept."
            + " Please retry.");
  }

  /** The first eight bytes of SHA-256(ats, candidate id): the advisory lock's key. */
  static long key(String ats, String candidateId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((ats + "\n" + candidateId).getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest, 0, 8).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
