package telltale.intake.signatures;

/** Whether a delivery is authentic. The reason is safe to log and to return: no secret, no body. */
public sealed interface Verdict {
  record Authentic() implements Verdict {}

  record Refused(String reason) implements Verdict {}

  static Verdict authentic() {
    return new Authentic();
  }

  static Verdict refused(String reason) {
    return new Refused(reason);
  }
}
