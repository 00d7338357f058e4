package telltale.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

class TelltaleModelReaderTest {
  private static final String JSON = "application/json";

  private final OpenAPI api = new TelltaleModelReader().buildModel();

  @Test
  void screeningAProfileTakesACandidateProfileAndAnswers201WithTheScreening() {
    Operation screen = api.getPaths().getPathItem("/api/v1/screenings").getPOST();

    assertEquals(ref("CandidateProfile"), schema(screen.getRequestBody().getContent()).getRef());
    assertTrue(screen.getRequestBody().getRequired());
    assertEquals(
        ref("Screening"),
        schema(screen.getResponses().getAPIResponse("201").getContent()).getRef());
    assertEquals(
        ref("ApiError"), schema(screen.getResponses().getAPIResponse("400").getContent()).getRef());
  }

  @Test
  void findingTheScreeningsOfACandidateNeedsTheAtsAndTheCandidateId() {
    Operation ofCandidate = api.getPaths().getPathItem("/api/v1/screenings").getGET();

    Parameter ats = ofCandidate.getParameters().get(0);
    assertEquals("ats", ats.getName());
    assertEquals(Parameter.In.QUERY, ats.getIn());
    assertTrue(ats.getRequired());
    assertEquals(ref("Ats"), ats.getSchema().getRef());
    Schema screenings = schema(ofCandidate.getResponses().getAPIResponse("200").getContent());
    assertEquals(Schema.SchemaType.ARRAY, screenings.getType());
    assertEquals(ref("Screening"), screenings.getItems().getRef());
  }

  @Test
  void readingAScreeningByIdCanOnlyFailAsNotFound() {
    Operation find = api.getPaths().getPathItem("/api/v1/screenings/{id}").getGET();

    assertNotNull(find.getResponses().getAPIResponse("404"));
    assertNull(find.getResponses().getAPIResponse("400"));
  }

  @Test
  void candidateIdIsRequiredAndAtMost200Characters() {
    Schema profile = component("CandidateProfile");

    assertTrue(profile.getRequired().contains("candidateId"));
    assertEquals(200, profile.getProperties().get("candidateId").getMaxLength());
    assertTrue(
        profile
            .getProperties()
            .get("candidateId")
            .getDescription()
            .contains("candidateId is required"));
  }

  @Test
  void listElementConstraintsDescribeTheItems() {
    Schema emails = component("CandidateProfile").getProperties().get("emails");

    assertEquals(20, emails.getMaxItems());
    assertEquals("email", emails.getItems().getFormat());
    assertEquals(254, emails.getItems().getMaxLength());
  }

  @Test
  void anInterviewRoundIsBetween1And50() {
    Schema round = component("Interview").getProperties().get("round");

    assertEquals(Schema.SchemaType.INTEGER, round.getType());
    assertEquals(0, BigDecimal.ONE.compareTo(round.getMinimum()));
    assertEquals(0, BigDecimal.valueOf(50).compareTo(round.getMaximum()));
  }

  @Test
  void aCountryIsATwoLetterCode() {
    Schema country = component("Location").getProperties().get("country");

    assertEquals("^[A-Z]{2}$", country.getPattern());
    assertTrue(country.getDescription().contains("two-letter ISO 3166 country code"));
  }

  @Test
  void enumsListTheirConstantsAsOnTheWire() {
    assertEquals(
        List.of("application", "interview", "offer", "onboarding"),
        component("Stage").getEnumeration());
  }

  @Test
  void nestedRecordsAreNamedAfterTheirOuterType() {
    Schema linkedIn = component("FootprintLinkedIn");

    assertEquals(
        ref("FootprintLinkedIn"), component("Footprint").getProperties().get("linkedin").getRef());
    assertEquals("date", linkedIn.getProperties().get("createdOn").getFormat());
    assertEquals(
        0, BigDecimal.ZERO.compareTo(linkedIn.getProperties().get("connections").getMinimum()));
  }

  @Test
  void everyReferenceNamesAComponent() {
    api.getComponents().getSchemas().values().forEach(this::assertResolvable);
  }

  private void assertResolvable(Schema schema) {
    if (schema == null) {
      return;
    }
    if (schema.getRef() != null) {
      assertNotNull(
          api.getComponents().getSchemas().get(schema.getRef().substring(ref("").length())),
          schema.getRef());
    }
    assertResolvable(schema.getItems());
    assertResolvable(schema.getAdditionalPropertiesSchema());
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(this::assertResolvable);
    }
  }

  private Schema component(String name) {
    Schema schema = api.getComponents().getSchemas().get(name);
    assertNotNull(schema, name);
    return schema;
  }

  private static Schema schema(Content content) {
    return content.getMediaType(JSON).getSchema();
  }

  private static String ref(String name) {
    return "#/components/schemas/" + name;
  }
}
