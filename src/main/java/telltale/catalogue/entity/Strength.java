package telltale.catalogue.entity;

/** How strong a sign is according to its sources; scoring caps weak and medium signals. */
public enum Strength {
  weak,
  medium,
  strong
}
