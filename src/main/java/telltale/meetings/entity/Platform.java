package telltale.meetings.entity;

/** A video-interview platform. Constants are spelled as on the wire and in configuration. */
public enum Platform {
  zoom("Zoom"),
  teams("Microsoft Teams"),
  meet("Google Meet");

  private final String label;

  Platform(String label) {
    this.label = label;
  }

  /** The name a recruiter reads on the card ("Zoom, round 2"). */
  public String label() {
    return label;
  }
}
