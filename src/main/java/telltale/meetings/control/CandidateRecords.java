package telltale.meetings.control;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import telltale.meetings.entity.Participant;

/**
 * Picks the candidate's records out of a meeting's participants: those whose e-mail address is the
 * candidate's, else, when the meeting was registered for the candidate, the one guest (a
 * participant who is no user of the employer's account; a rejoin keeps its participant UUID).
 * Interviewers' and other attendees' records are dropped here.
 */
public final class CandidateRecords {
  private CandidateRecords() {}

  public static List<Participant> of(
      List<Participant> participants, Predicate<String> candidateEmail, boolean registered) {
    List<Participant> byEmail =
        participants.stream()
            .filter(Participant::hasEmail)
            .filter(p -> candidateEmail.test(p.email()))
            .toList();
    if (!byEmail.isEmpty() || !registered) {
      return byEmail;
    }
    List<Participant> guests = participants.stream().filter(Participant::guest).toList();
    long people =
        guests.stream()
            .map(p -> p.participantUuid() == null ? p.toString() : p.participantUuid())
            .distinct()
            .count();
    return people == 1 ? guests : List.of();
  }

  /** How many distinct guests joined, for the note when the candidate's record is ambiguous. */
  public static long guests(List<Participant> participants) {
    return participants.stream()
        .filter(Participant::guest)
        .map(p -> Objects.requireNonNullElse(p.participantUuid(), p.toString()))
        .distinct()
        .count();
  }
}
