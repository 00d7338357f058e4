package telltale.intake.adapters;

import java.util.List;
import java.util.Map;
import telltale.meetings.entity.ScheduledMeeting;
import telltale.profile.CandidateProfile;

/** What an authenticated delivery turned out to be. */
public sealed interface Intake {

  /**
   * A set-up call (ping, verify, activation, test): answered with this status and these response
   * headers, and nothing is screened.
   */
  record Handshake(int status, Map<String, String> responseHeaders, String what) implements Intake {
    public Handshake {
      responseHeaders = Map.copyOf(responseHeaders);
    }
  }

  /** An event that carries no candidate change (job, office, department...). */
  record Ignored(String deliveryId, String event) implements Intake {}

  /**
   * The prefix of a fetch entry that names a resume file to download: "resume-file:https://...".
   */
  String RESUME_FILE = "resume-file:";

  /**
   * The prefix of a fetch entry that names an application whose scheduled interviews are read for
   * their video-conference links (Greenhouse): "scheduled-interviews:71980812".
   */
  String SCHEDULED_INTERVIEWS = "scheduled-interviews:";

  /**
   * A candidate to screen. deliveryId is the vendor's id for this delivery (stable across its
   * retries) used for de-duplication. fetch lists what must still be read from the vendor's API
   * (thin payloads), e.g. "opportunity:7f1c...", and resume files to download ({@link
   * #RESUME_FILE}); empty when the payload was complete.
   */
  record Candidate(String deliveryId, String event, CandidateProfile profile, List<String> fetch)
      implements Intake {
    public Candidate {
      fetch = List.copyOf(fetch);
    }
  }

  /**
   * Later evidence for a candidate Telltale has already screened (the generic connector's {@code
   * candidate.evidence}): any sections of the profile, merged into the candidate's latest one.
   */
  record Evidence(String deliveryId, CandidateProfile partial) implements Intake {}

  /**
   * Interviews the ATS scheduled for a candidate (Ashby's interview schedule): their meeting links
   * are registered for the candidate's rounds. candidateId may be null when the event names only
   * the application (then the application's screening names the candidate).
   */
  record Scheduled(
      String deliveryId,
      String event,
      String candidateId,
      String applicationId,
      List<ScheduledMeeting> meetings)
      implements Intake {
    public Scheduled {
      meetings = List.copyOf(meetings);
    }
  }
}
