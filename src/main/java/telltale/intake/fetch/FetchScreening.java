package telltale.intake.fetch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import telltale.database.RowIds;
import telltale.meetings.boundary.Meetings;
import telltale.meetings.entity.ScheduledMeeting;
import telltale.screening.boundary.Screenings;

/** Screens a completed thin delivery and closes its job, in one transaction. */
@ApplicationScoped
public class FetchScreening {
  @Inject Screenings screenings;
  @Inject FetchQueue queue;
  @Inject Meetings meetings;

  /**
   * Screens the prepared profile (its resume file read before this transaction opened), with notes
   * for the coverage, and registers the meetings of the interviews the ATS scheduled for the
   * candidate (all of them, so each one's rank is its round).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void complete(
      FetchQueue.Job job,
      Screenings.Prepared profile,
      List<String> notes,
      String status,
      List<ScheduledMeeting> scheduled) {
    String id = RowIds.random();
    List<String> all = new ArrayList<>(notes);
    String candidateId = job.profile().candidateId();
    if (!scheduled.isEmpty() && candidateId != null) {
      all.addAll(meetings.scheduled(job.ats(), candidateId, scheduled, true, id).notes());
    }
    screenings.screen(
        id, profile, "webhook:" + job.ats() + "/" + job.connection(), job.connection(), all);
    queue.done(job, status, id);
  }
}
