package telltale.linkage.boundary;

/** One linkage lookup for a screening: whether it found anything shared with another candidate. */
public record LinkageLookedUp(boolean linked) {}
