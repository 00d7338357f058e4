package telltale.writeback.control;

import jakarta.json.JsonObject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Ashby's RPC-style API (base https://api.ashbyhq.com): every call a POST, HTTP Basic. */
// JSON both ways: the MicroProfile Rest Client default
public interface AshbyApi {
  @POST
  @Path("candidate.createNote")
  Response createNote(@HeaderParam("Authorization") String authorization, JsonObject body);

  @POST
  @Path("candidateTag.list")
  Response listTags(@HeaderParam("Authorization") String authorization, JsonObject body);

  @POST
  @Path("candidateTag.create")
  Response createTag(@HeaderParam("Authorization") String authorization, JsonObject body);

  @POST
  @Path("customField.setValues")
  Response setFieldValues(@HeaderParam("Authorization") String authorization, JsonObject body);

  @POST
  @Path("candidate.addTag")
  Response addTag(@HeaderParam("Authorization") String authorization, JsonObject body);

  @POST
  @Path("candidate.setFraudStatus")
  Response setFraudStatus(@HeaderParam("Authorization") String authorization, JsonObject body);
}
