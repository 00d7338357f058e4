package telltale.footprint.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import telltale.profile.CandidateProfile;
import telltale.profile.Footprint;
import telltale.screening.boundary.Screenings;

/**
 * Hands what was read (or why nothing could be) to the candidate's case, and moves the job on, in
 * one transaction: the footprint is added exactly when its job is closed.
 */
@ApplicationScoped
public class FootprintEvidence {
  /** The actor and source name of evidence read from GitHub. */
  public static final String SOURCE = "github";

  @Inject Screenings screenings;
  @Inject FootprintQueue queue;

  /** Adds the GitHub footprint (keeping a LinkedIn footprint the case has) and closes the job. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void found(FootprintQueue.Job job, Footprint.GitHub github, List<String> notes) {
    Footprint.LinkedIn linkedin =
        screenings
            .latestProfile(job.ats(), job.candidateId())
            .map(CandidateProfile::footprint)
            .map(Footprint::linkedin)
            .orElse(null);
    CandidateProfile partial =
        CandidateProfile.builder(job.candidateId())
            .ats(job.ats())
            .footprint(new Footprint(linkedin, github))
            .build();
    screenings.addEvidence(job.ats(), job.candidateId(), partial, SOURCE, notes);
    queue.done(job, "done");
  }

  /** Closes the job without a footprint; the case is screened again with the reason. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void closed(FootprintQueue.Job job, String status, String note) {
    noted(job, note);
    queue.done(job, status);
  }

  /** The job waits; the case is screened again once with the reason, so coverage says why. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void waiting(FootprintQueue.Job job, Instant next, boolean attempt, String note) {
    if (!job.reported()) {
      noted(job, note);
    }
    queue.later(job, next, attempt, true);
  }

  private void noted(FootprintQueue.Job job, String note) {
    screenings.addEvidence(
        job.ats(),
        job.candidateId(),
        CandidateProfile.builder(job.candidateId()).ats(job.ats()).build(),
        SOURCE,
        List.of(note));
  }
}
