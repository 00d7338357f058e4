package telltale.reports.entity;

import java.time.Instant;
import telltale.catalogue.entity.Band;

/**
 * One screening as the bias-audit export lists it: the ATS's candidate id, so the employer can join
 * its own demographic data in its own systems; nothing else about the person.
 */
public record ScreenedCase(
    String screeningId,
    String ats,
    String candidateId,
    Instant screenedAt,
    Band band,
    boolean flagged,
    String roleTitle,
    String source,
    String stage) {}
