package telltale.intake.signatures;

import telltale.profile.Ats;

/** Looks up the signature scheme of an ATS. */
public final class Signatures {
  private Signatures() {}

  public static SignatureScheme forAts(Ats ats, Tolerances tolerances) {
    return switch (ats) {
      case generic -> new StandardWebhooksSignature(tolerances.standardWebhooks());
      case greenhouse -> new GreenhouseSignature();
      case lever -> new LeverSignature(tolerances.lever());
      case ashby -> new AshbySignature();
      case workable -> new WorkableSignature();
      case smartrecruiters -> new SmartRecruitersSignature(tolerances.smartRecruiters());
      case jazzhr -> new JazzHrSignature();
      case recruitee -> new RecruiteeSignature();
    };
  }

  public static SignatureScheme forAts(Ats ats) {
    return forAts(ats, Tolerances.DEFAULTS);
  }
}
