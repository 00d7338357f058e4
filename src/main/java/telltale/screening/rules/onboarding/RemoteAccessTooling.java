package telltale.screening.rules.onboarding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import telltale.profile.CandidateProfile;
import telltale.screening.rules.Lookups;
import telltale.screening.rules.Rule;
import telltale.screening.rules.RuleResult;

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
  public RuleResult evaluate(CandidateProfile profile, Lookups lookups) {
    List<String> reported =
        profile.onboarding() == null ? null : profile.onboarding().remoteAccessTools();
    if (reported == null) {
      return RuleResult.missing("onboarding.remoteAccessTools");
    }
    List<String> tools =
        reported.stream()
            .map(lookups.reference().remoteAccessTools()::unsanctioned)
            .flatMap(Optional::stream)
            .distinct()
            .toList();
    return tools.isEmpty()
        ? RuleResult.clear()
        : RuleResult.fired(SINGLE, "tools", String.join(", ", tools));
  }
}
