package telltale.audit.entity;

/**
 * What one audit entry says: an action, who took it, and optionally the screening, a keyed-hash
 * subject (never an id in clear) and a short detail. Built by name, e.g. {@code
 * Audited.of("outcome", reviewer).screening(id).detail("identity_confirmed_false")}.
 */
public record Audited(
    String action, String actor, String screeningId, String subject, String detail) {
  public static Audited of(String action, String actor) {
    return new Audited(action, actor, null, null, null);
  }

  public Audited screening(String id) {
    return new Audited(action, actor, id, subject, detail);
  }

  public Audited subject(String keyedHash) {
    return new Audited(action, actor, screeningId, keyedHash, detail);
  }

  public Audited detail(String text) {
    return new Audited(action, actor, screeningId, subject, text);
  }
}
