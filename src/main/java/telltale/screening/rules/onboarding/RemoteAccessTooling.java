package telltale.screening.rules.onboarding;

import java.util.List;
import java.util.Map;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.screening.rules.Context;
import telltale.screening.rules.Outcome;
import telltale.screening.rules.Rule;

/** C08: IT reports remote-desktop, RMM or IP-KVM tools that it has not sanctioned. */
public final class RemoteAccessTooling implements Rule {
  @Override
  public String id() {
    return "remote_access_tooling";
  }

  @Override
  public Map<String, Set<String>> variants() {
    return Rule.single("tools");
  }

  @Override
  public Outcome evaluate(CandidateProfile profile, Context context) {
    List<String> reported =
        profile.onboarding() == null ? null : profile.onboarding().remoteAccessTools();
    if (reported == null) {
      return Outcome.missing("onboarding.remoteAccessTools");
    }
    List<String> tools =
        reported.stream()
            .map(context.reference().remoteAccessTools()::unsanctioned)
            .flatMap(java.util.Optional::stream)
            .distinct()
            .toList();
    return tools.isEmpty()
        ? Outcome.clear()
        : Outcome.fired(SINGLE, "tools", String.join(", ", tools));
  }
}
