package telltale.meetings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import telltale.linkage.boundary.Linkage;
import telltale.meetings.entity.Participant;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;
import telltale.reference.ReferenceData;
import telltale.screening.boundary.Screenings;
import telltale.screening.entity.Screening;

/**
 * Turns an ended meeting's participants into evidence on the candidate's case, in one transaction:
 * the candidate's records are picked out (by keyed e-mail comparison, else the one guest of a
 * registered meeting), reduced to country-level and listed facts, and added as the round the
 * platform reported; the others' records are dropped. A meeting no candidate matches is kept,
 * unmatched, for a person to assign.
 */
@ApplicationScoped
public class MeetingReader {
  @Inject MeetingStore store;
  @Inject Screenings screenings;
  @Inject Linkage linkage;
  @Inject ReferenceData reference;

  /** A screened candidate. */
  record Candidate(Ats ats, String candidateId) {}

  /**
   * A read whose report names the meeting (a Teams call record): the queued row takes that key and,
   * when a person registered the meeting, its candidate and round; a record that is no meeting is
   * forgotten.
   */
  @Transactional
  public String apply(MeetingStore.Row row, PlatformApi.Report report) {
    if (report.meetingKey() == null) {
      store.forget(row);
      return "not_a_meeting";
    }
    MeetingStore.Row keyed =
        report.meetingKey().equals(row.meetingId()) ? row : store.rekey(row, report.meetingKey());
    return apply(keyed, report.participants());
  }

  @Transactional
  public String apply(MeetingStore.Row row, List<Participant> participants) {
    if (participants.isEmpty()) {
      // platforms fill their reports in some minutes after the end: try again later
      throw new PlatformApi.Unavailable("no participants reported yet");
    }
    Optional<Candidate> candidate =
        row.matched()
            ? Optional.of(new Candidate(row.ats(), row.candidateId()))
            : onlyOwner(participants);
    if (candidate.isEmpty()) {
      store.finish(row, "unmatched", null, null, null);
      return "unmatched";
    }
    Candidate who = candidate.get();
    Predicate<String> isCandidate = email -> owners(email).contains(who);
    List<Participant> records = CandidateRecords.of(participants, isCandidate, row.matched());
    if (records.isEmpty()) {
      store.finish(row, "unmatched", who.ats(), who.candidateId(), null);
      return "unmatched";
    }
    int round = row.round() != null ? row.round() : nextRound(who);
    MeetingFacts.Round facts =
        MeetingFacts.of(records, row.platform().label(), round, reference, linkage::keyedHash);
    List<String> notes = new java.util.ArrayList<>(facts.notes());
    if (records.stream().noneMatch(p -> p.hasEmail() && isCandidate.test(p.email()))) {
      notes.add(
          row.platform().label()
              + ", round "
              + round
              + ": the candidate's e-mail address was not in the platform's records (hidden or"
              + " obscured for external participants), so the meeting's one guest was taken as the"
              + " candidate.");
    }
    CandidateProfile partial =
        CandidateProfile.builder(who.candidateId())
            .ats(who.ats())
            .interviews(List.of(facts.interview()))
            .build();
    Optional<Screening> again =
        screenings.addEvidence(who.ats(), who.candidateId(), partial, row.platform().name(), notes);
    if (again.isEmpty()) {
      store.finish(row, "unmatched", null, null, null);
      return "unmatched";
    }
    store.finish(row, "read", who.ats(), who.candidateId(), again.get().id());
    return "read";
  }

  /** The one screened candidate whose e-mail address a participant used, if exactly one. */
  private Optional<Candidate> onlyOwner(List<Participant> participants) {
    Set<Candidate> owners =
        participants.stream()
            .filter(Participant::hasEmail)
            .flatMap(p -> owners(p.email()).stream())
            .collect(Collectors.toSet());
    return owners.size() == 1 ? owners.stream().findFirst() : Optional.empty();
  }

  private Set<Candidate> owners(String email) {
    return linkage.screeningsWithEmail(email).stream()
        .map(screenings::find)
        .flatMap(Optional::stream)
        .map(s -> new Candidate(s.ats(), s.candidateId()))
        .collect(Collectors.toSet());
  }

  private int nextRound(Candidate who) {
    return screenings.ofCandidate(who.ats(), who.candidateId()).stream()
            .findFirst()
            .map(s -> screenings.roundsOf(s.id()))
            .orElse(0)
        + 1;
  }
}
