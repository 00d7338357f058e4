package telltale.intake.boundary;

/**
 * A webhook delivery was answered: the ATS (or "unknown" for a path naming none) and the outcome,
 * screened, queued, duplicate, ignored, or refused_&lt;error code&gt;
 * (refused_invalid_signature...).
 */
public record WebhookAnswered(String ats, String outcome) {}
