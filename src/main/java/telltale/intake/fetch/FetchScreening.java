package telltale.intake.fetch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import telltale.database.RowIds;
import telltale.screening.boundary.Screenings;

/** Screens a completed thin delivery and closes its job, in one transaction. */
@ApplicationScoped
public class FetchScreening {
  @Inject Screenings screenings;
  @Inject FetchQueue queue;

  /**
   * Screens the prepared profile (its resume file read before this transaction opened), with notes
   * for the coverage.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void complete(
      FetchQueue.Job job, Screenings.Prepared profile, List<String> notes, String status) {
    String id = RowIds.random();
    screenings.screen(
        id, profile, "webhook:" + job.ats() + "/" + job.connection(), job.connection(), notes);
    queue.done(job, status, id);
  }
}
