package telltale.outcome.entity;

/**
 * How a case ended, as a person decided it. Constants are spelled as on the wire. There is no
 * "rejected": Telltale never rejects; a reviewer records what verification found.
 */
public enum Outcome {
  verified_genuine,
  identity_confirmed_false,
  withdrawn,
  unknown
}
