package telltale.screening.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import telltale.access.Allowed;
import telltale.access.CurrentCaller;
import telltale.access.Role;
import telltale.api.ClientError;
import telltale.cardlinks.CardLinks;
import telltale.json.JsonIntake;
import telltale.openapi.ApiBody;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;
import telltale.screening.entity.Screening;

/**
 * Evidence that arrives later from another system (identity verification, HR, payroll, IT) for a
 * candidate Telltale already screened: any sections of the canonical profile, merged section by
 * section into the candidate's latest profile, which is screened again.
 */
@Path("api/v1/candidates/{ats}/{candidateId}/evidence")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {
  @Inject Screenings screenings;
  @Inject CardLinks links;
  @Inject CurrentCaller caller;
  @Inject Validator validator;
  @Context UriInfo uri;

  @POST
  @Allowed(Role.INTEGRATION)
  @ApiBody(value = Screening.class, status = 201)
  public Response add(
      @PathParam("ats") Ats ats, @PathParam("candidateId") String candidateId, byte[] body) {
    CandidateProfile partial = partial(ats, candidateId, body);
    Screening again =
        screenings
            .addEvidence(ats, candidateId, partial, caller.name())
            .orElseThrow(
                () ->
                    new ClientError(
                        404,
                        "unknown_candidate",
                        "Telltale has not screened "
                            + ats.name()
                            + " candidate "
                            + candidateId
                            + "; evidence is only added to an existing case."));
    return Response.created(
            uri.getBaseUriBuilder().path("api/v1/screenings").path(again.id()).build())
        .entity(again.withCardUrl(links.cardUrl(again.id(), uri.getBaseUri())))
        .build();
  }

  /** The sections sent, read and validated as a profile of this candidate. */
  private CandidateProfile partial(Ats ats, String candidateId, byte[] body) {
    JsonObject sent =
        JsonIntake.objectIfReadable(body)
            .orElseThrow(
                () ->
                    new ClientError(
                        400, "invalid_json", "Send a JSON object with the profile sections."));
    JsonValue named = sent.get("candidateId");
    if (named instanceof JsonString id && !id.getString().equals(candidateId)) {
      throw new ClientError(
          400, "candidate_mismatch", "The body names another candidate than the address.");
    }
    JsonObject whole =
        Json.createObjectBuilder(sent)
            .add("candidateId", candidateId)
            .add("ats", ats.name())
            .build();
    CandidateProfile partial =
        JsonIntake.read(whole.toString().getBytes(StandardCharsets.UTF_8), CandidateProfile.class);
    var violations = validator.validate(partial);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return partial;
  }
}
