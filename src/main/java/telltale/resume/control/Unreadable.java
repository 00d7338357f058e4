package telltale.resume.control;

import telltale.resume.entity.ReadOutcome;

/** Thrown inside a reader to end it with an outcome other than READ. */
final class Unreadable extends RuntimeException {
  private final ReadOutcome outcome;

  Unreadable(ReadOutcome outcome, String why) {
    super(why, null, false, false);
    this.outcome = outcome;
  }

  ReadOutcome outcome() {
    return outcome;
  }
}
