package telltale.card.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import telltale.audit.control.AuditLog;
import telltale.audit.entity.Audited;
import telltale.meetings.boundary.Meetings;
import telltale.meetings.entity.MeetingRequest;
import telltale.profile.Interview;
import telltale.screening.boundary.Screenings;
import telltale.screening.entity.Screening;

/**
 * Reading a screening through a card link, recorded in the audit log (who, when, which), and the
 * interviewer's checklist saved with the round's meeting.
 */
@ApplicationScoped
public class Cards {
  @Inject Screenings screenings;
  @Inject Meetings meetings;
  @Inject AuditLog audit;
  Clock clock = Clock.systemUTC();

  @Transactional
  public Optional<Screening> view(String id, String page, String actor) {
    Optional<Screening> screening = screenings.find(id);
    screening.ifPresent(
        s ->
            audit.record(
                clock.instant().atOffset(ZoneOffset.UTC),
                Audited.of(page + "_viewed", actor).screening(id)));
    return screening;
  }

  /**
   * Saves an interviewer's round and registers its meeting in one transaction: a meeting the
   * meetings component refuses (its {@code ClientError}) rolls the observations back too, so
   * nothing is half saved and the form, shown again with all it held, can simply be sent again.
   */
  @Transactional
  public Optional<Screening> observe(
      String id, Interview round, Optional<MeetingRequest> meeting, String actor) {
    meeting.ifPresent(m -> meetings.register(id, m, actor));
    return screenings.observe(id, round, actor);
  }
}
