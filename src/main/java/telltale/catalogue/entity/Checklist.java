package telltale.catalogue.entity;

/** The three checklists a rule belongs to. Constants are spelled as on the wire. */
public enum Checklist {
  fake_identity,
  proxy_interview,
  onboarding
}
