package telltale.verification.control;

/** A delivery that is not authentic; the reason names no secret and no body content. */
public final class Refused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public Refused(String reason) {
    super(reason, null, false, false);
  }
}
