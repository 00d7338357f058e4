package telltale.intake.boundary;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * The body of every accepted delivery: screened, queued, duplicate or ignored, and the screening
 * id.
 */
@JsonbNillable
public record Ack(String status, String screening) {}
