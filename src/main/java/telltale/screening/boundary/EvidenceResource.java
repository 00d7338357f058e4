package telltale.screening.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
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
import telltale.screening.control.Sources;
import telltale.screening.entity.Screening;

/**
 * Evidence that arrives later from another system (identity verification, HR, payroll, IT) for a
 * candidate Telltale already screened: any sections of the canonical profile, merged section by
 * section into the candidate's latest profile, which is screened again. An Idempotency-Key header
 * makes a retry safe: the same key and body answer with the same screening.
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

  private static final int MAX_KEY = 255;
  private static final int MAX_SOURCE = 60;

  @POST
  @Allowed(Role.INTEGRATION)
  @ApiBody(value = Screening.class, status = 201)
  public Response add(
      @PathParam("ats") Ats ats,
      @PathParam("candidateId") String candidateId,
      @HeaderParam("Idempotency-Key") String key,
      @HeaderParam("Evidence-Source") String source,
      byte[] body) {
    CandidateProfile partial = partial(ats, candidateId, body);
    Screening again =
        screenings
            .addEvidence(
                ats,
                candidateId,
                partial,
                Sources.declared(caller.name(), sourceName(source)),
                idempotency(key, body))
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

  /** The name the sender gives itself, if any ("HR system"): shown as the facts' source. */
  private static String sourceName(String source) {
    if (source == null) {
      return null;
    }
    String name = source.strip();
    if (name.isEmpty() || name.length() > MAX_SOURCE || !name.chars().allMatch(c -> c >= 32)) {
      throw new ClientError(
          400,
          "invalid_evidence_source",
          "Evidence-Source names the sending system in at most 60 characters, e.g. HR system.");
    }
    return name;
  }

  /** The Idempotency-Key sent, if any: up to 255 visible ASCII characters. */
  private static Screenings.Idempotency idempotency(String key, byte[] body) {
    if (key == null) {
      return null;
    }
    if (key.isEmpty() || key.length() > MAX_KEY || !key.chars().allMatch(c -> c > 32 && c < 127)) {
      throw new ClientError(
          400,
          "invalid_idempotency_key",
          "Idempotency-Key must be 1 to 255 visible ASCII characters, such as a UUID.");
    }
    return new Screenings.Idempotency(key, body);
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
