package telltale.meetings.entity;

import java.time.Instant;

/**
 * An interview an ATS has scheduled for a candidate: its video-conference link and when it starts
 * (null when the ATS names only a day). Nothing else of the interview is read.
 */
public record ScheduledMeeting(String link, Instant start) {}
