package telltale.screening.entity;

/** Where a profile came from. Constants are spelled as on the wire. */
public enum Ats {
  generic,
  greenhouse,
  lever,
  ashby,
  workable,
  smartrecruiters,
  jazzhr,
  recruitee
}
