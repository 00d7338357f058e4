package telltale.privacy.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import telltale.access.Allowed;
import telltale.access.CurrentCaller;
import telltale.access.Role;
import telltale.api.ClientError;
import telltale.cardlinks.CardLinks;
import telltale.privacy.entity.SubjectExport;
import telltale.profile.Ats;
import telltale.screening.boundary.Screenings;
import telltale.screening.entity.CandidateCase;

/**
 * One candidate of one ATS: the case (latest screening and timeline), everything held about them (a
 * data-subject access request) and erasure.
 */
@Path("api/v1/candidates")
@Produces(MediaType.APPLICATION_JSON)
public class CandidatesResource {
  @Inject Erasures erasures;
  @Inject SubjectAccess access;
  @Inject Screenings screenings;
  @Inject CardLinks links;
  @Inject CurrentCaller caller;
  @Context UriInfo uri;

  @GET
  @Allowed({Role.RECRUITER, Role.INTEGRATION})
  @Path("{ats}/{candidateId}")
  public CandidateCase caseOf(
      @PathParam("ats") Ats ats, @PathParam("candidateId") String candidateId) {
    CandidateCase found =
        screenings.caseOf(ats, candidateId).orElseThrow(() -> unknown(ats, candidateId));
    return new CandidateCase(
        found.ats(),
        found.candidateId(),
        found.latest().withCardUrl(links.cardUrl(found.latest().id(), uri.getBaseUri())),
        found.timeline());
  }

  @GET
  @Allowed(Role.ADMIN)
  @Path("{ats}/{candidateId}/export")
  public SubjectExport export(
      @PathParam("ats") Ats ats, @PathParam("candidateId") String candidateId) {
    return access
        .export(ats, candidateId, caller.name())
        .orElseThrow(() -> unknown(ats, candidateId));
  }

  @DELETE
  @Allowed(Role.ADMIN)
  @Path("{ats}/{candidateId}")
  public Erasures.Erasure erase(
      @PathParam("ats") Ats ats, @PathParam("candidateId") String candidateId) {
    return erasures.erase(ats, candidateId, caller.name());
  }

  private static ClientError unknown(Ats ats, String candidateId) {
    return new ClientError(
        404,
        "unknown_candidate",
        "Telltale holds no screening of " + ats.name() + " candidate " + candidateId + ".");
  }
}
