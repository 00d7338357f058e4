package telltale.screening.rules.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.profile.Interview;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

/**
 * A meeting platform reported that the candidate's video came through a listed virtual camera that
 * can send any picture (streaming, playback, loopback); background effects and phone-as-webcam apps
 * are ordinary and never fire.
 */
public final class VirtualCamera implements Rule {
  @Override
  public String id() {
    return "meeting_virtual_camera";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Rule.single("round", "camera", "description");
  }

  @Override
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    List<Interview> reported =
        profile.interviews().stream().filter(i -> i.camera() != null).toList();
    if (reported.isEmpty()) {
      return RuleResult.missing("interviews.camera");
    }
    List<RuleResult.Occurrence> found = new ArrayList<>();
    for (Interview interview : reported) {
      lookups
          .reference()
          .virtualCameras()
          .find(interview.camera())
          .filter(camera -> !camera.ordinary())
          .ifPresent(
              camera ->
                  found.add(
                      RuleResult.occurrence(
                          SINGLE,
                          "round",
                          interview.described(Rounds.number(profile.interviews(), interview)),
                          "camera",
                          camera.name(),
                          "description",
                          camera.description())));
    }
    return RuleResult.of(found);
  }
}
