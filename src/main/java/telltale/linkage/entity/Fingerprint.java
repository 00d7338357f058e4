package telltale.linkage.entity;

/** A keyed hash of one normalised identifier, with its kind (phone, email, address, ...). */
public record Fingerprint(String kind, String hash) {}
