package telltale.catalogue.entity;

/** Risk band derived from the score; the words a recruiter reads live in the catalogue. */
public enum Band {
  LOW,
  ELEVATED,
  HIGH,
  CRITICAL
}
