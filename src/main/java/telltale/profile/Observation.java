package telltale.profile;

/**
 * Interviewer-checklist codes: the ids of the interview-time indicators. Constants are spelled as
 * on the wire.
 */
public enum Observation {
  camera_refusal,
  av_desync,
  occlusion_or_motion_artifacts,
  background_hidden,
  reading_or_coached,
  depth_collapse,
  person_inconsistent_across_rounds,
  location_smalltalk_failure,
  in_person_avoidance,
  id_check_refused_or_failed,
  identity_leak_on_screen,
  av_trouble_pattern,
  assessment_integrity
}
