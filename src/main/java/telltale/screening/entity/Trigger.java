package telltale.screening.entity;

/**
 * What started a screening: the action (screened, evidence_added, observed, explained), the system
 * or person behind it as authenticated, and its friendly name.
 */
public record Trigger(String action, String source, String from) {}
