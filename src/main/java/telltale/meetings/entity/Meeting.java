package telltale.meetings.entity;

/**
 * A meeting Telltale knows of: registered for a candidate's round, waiting to be read after it
 * ended, read, or kept unmatched for a person to assign.
 */
public record Meeting(String id, Platform platform, String meeting, Integer round, String status) {}
