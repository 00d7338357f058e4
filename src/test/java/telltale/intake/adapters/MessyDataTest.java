package telltale.intake.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;

/**
 * A webhook is never refused for the candidate's own messy data: bad e-mails, 500-character titles,
 * too many entries, unreadable dates, IPs and links are dropped or cut, and the profile passes Bean
 * Validation. Phones go through as written.
 */
class MessyDataTest {
  static final String LONG = "Principal ".repeat(50);
  static final String GOOD_EMAIL = "kim.lee@example.com";

  static JsonArrayBuilder many(int count, IntFunction<Object> element) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    IntStream.range(0, count)
        .mapToObj(element)
        .forEach(
            e -> {
              if (e instanceof JsonObjectBuilder object) {
                array.add(object);
              } else {
                array.add(String.valueOf(e));
              }
            });
    return array;
  }

  static JsonObjectBuilder object(Object... keysAndValues) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      Object value = keysAndValues[i + 1];
      String key = (String) keysAndValues[i];
      if (value instanceof JsonObjectBuilder o) {
        object.add(key, o);
      } else if (value instanceof JsonArrayBuilder a) {
        object.add(key, a);
      } else {
        object.add(key, String.valueOf(value));
      }
    }
    return object;
  }

  static String email(int i) {
    return i == 0 ? GOOD_EMAIL : i % 2 == 0 ? "user" + i + "@example.com" : "not an e-mail " + i;
  }

  static String phone(int i) {
    return i == 0 ? "call me maybe, any weekday between nine and five please" : "+1 555 01" + i;
  }

  static JsonObject greenhouse() {
    JsonObjectBuilder candidate =
        object(
            "id", "c-1",
            "first_name", LONG,
            "last_name", LONG,
            "email_addresses", many(30, i -> object("value", email(i))),
            "phone_numbers", many(25, i -> object("value", phone(i))),
            "addresses", many(25, i -> object("value", "line\n".repeat(10) + i, "type", "home")),
            "website_addresses",
                many(
                    60,
                    i ->
                        object(
                            "value", i == 0 ? "javascript:alert(1)" : "site" + i + ".example.com")),
            "employments",
                many(
                    120,
                    i ->
                        object(
                            "company_name",
                            LONG,
                            "title",
                            LONG,
                            "start_date",
                            "13/45/2020",
                            "end_date",
                            "02/30/1850")),
            "educations",
                many(
                    60,
                    i -> object("school_name", LONG + LONG, "degree", LONG, "discipline", LONG)));
    JsonObjectBuilder application =
        object(
            "id",
            "a-1",
            "applied_at",
            "yesterday",
            "source",
            object("name", LONG),
            "candidate",
            candidate);
    return object(
            "action", "new_candidate_application", "payload", object("application", application))
        .build();
  }

  static JsonObject ashby() {
    JsonObjectBuilder candidate =
        object(
            "id",
            "c-1",
            "name",
            LONG,
            "primaryEmailAddress",
            object("value", "kim.lee@@example"),
            "primaryPhoneNumber",
            object("value", phone(0)));
    JsonObjectBuilder application =
        object(
            "id",
            "a-1",
            "createdAt",
            "not a time",
            "submitterClientIp",
            "999.1.1.1",
            "submitterUserAgent",
            "Mozilla/5.0 ".repeat(200),
            "source",
            object("title", LONG),
            "job",
            object("title", LONG),
            "candidate",
            candidate);
    return object(
            "webhookActionId",
            "w-1",
            "action",
            "applicationSubmit",
            "data",
            object("application", application))
        .build();
  }

  static JsonObject workable() {
    JsonObjectBuilder data =
        object(
            "id", "c-1",
            "firstname", LONG,
            "email", "kim.lee@example",
            "phone", phone(0),
            "address", "x\n".repeat(40),
            "location", object("country_code", "Sweden", "city", LONG),
            "social_profiles", many(70, i -> object("url", "https://github.com/u" + i)),
            "experience_entries", many(3, i -> object("title", LONG, "start_date", "2019-13-01")),
            "education_entries", many(3, i -> object("school", LONG, "start_date", "1899")));
    return object("id", "e-1", "event_type", "candidate_moved", "data", data).build();
  }

  static JsonObject jazzhr() {
    JsonObjectBuilder communication =
        object(
            "email", many(30, i -> object("address", email(i))),
            "phone", many(25, i -> object("formattedNumber", phone(i))),
            "web", many(3, i -> object("name", "Linkedin", "url", "linkedin profile please")),
            "address",
                many(
                    25,
                    i ->
                        object(
                            "line",
                            LONG,
                            "city",
                            LONG,
                            "postalCode",
                            "1234567890123456789012345")));
    JsonObjectBuilder person =
        object(
            "id",
            object("value", "p-1"),
            "name",
            object("given", LONG, "family", LONG),
            "communication",
            communication);
    return object("candidate", object("person", person)).build();
  }

  static JsonObject recruitee() {
    JsonObjectBuilder candidate =
        object(
            "id",
            "c-1",
            "name",
            LONG,
            "emails",
            many(30, MessyDataTest::email),
            "phones",
            many(25, MessyDataTest::phone));
    return object(
            "event_type",
            "candidate_created",
            "payload",
            object("candidate", candidate, "offer", object("title", LONG)))
        .build();
  }

  static Stream<Arguments> messy() {
    return Stream.of(
        Arguments.of(Ats.greenhouse, greenhouse()),
        Arguments.of(Ats.ashby, ashby()),
        Arguments.of(Ats.workable, workable()),
        Arguments.of(Ats.jazzhr, jazzhr()),
        Arguments.of(Ats.recruitee, recruitee()));
  }

  @ParameterizedTest
  @MethodSource("messy")
  void messyDataGivesAValidProfile(Ats ats, JsonObject body) {
    CandidateProfile profile =
        assertInstanceOf(Intake.Candidate.class, Reading.body(ats, body)).profile();
    Reading.assertValid(profile);
    assertTrue(profile.emails().size() <= 20);
    assertTrue(
        profile.emails().stream().noneMatch(e -> e.startsWith("not an")),
        profile.emails()::toString);
    assertTrue(profile.phones().size() <= 20);
    assertTrue(profile.name().full().length() <= 401);
  }

  @Test
  void phonesGoThroughAsWrittenOnlyCutToTheProfilesLimit() {
    CandidateProfile profile =
        ((Intake.Candidate) Reading.body(Ats.greenhouse, greenhouse())).profile();
    assertEquals("call me maybe, any weekday between nine", profile.phones().get(0));
    assertEquals("+1 555 011", profile.phones().get(1));
    assertEquals(20, profile.phones().size());
  }

  @Test
  void aFiveHundredCharacterTitleIsCutTo200() {
    CandidateProfile profile =
        ((Intake.Candidate) Reading.body(Ats.greenhouse, greenhouse())).profile();
    assertEquals(500, LONG.length());
    assertEquals(LONG.substring(0, 200).strip(), profile.employment().get(0).title());
    assertEquals(null, profile.employment().get(0).from());
    assertEquals(100, profile.employment().size());
    assertEquals(List.of(GOOD_EMAIL), profile.emails().subList(0, 1));
    assertEquals(15, profile.emails().size(), "the first 30 addresses hold 15 readable ones");
  }

  @Test
  void aBadSubmitterIpIsDroppedAndAnOverlongUserAgentCut() {
    CandidateProfile profile = ((Intake.Candidate) Reading.body(Ats.ashby, ashby())).profile();
    assertEquals(null, profile.application().clientIp());
    assertEquals(1000, profile.application().userAgent().length());
    assertEquals(List.of(), profile.emails());
  }

  @Test
  void nothingReadableStillIsACandidateWhenTheIdIsThere() {
    JsonObject body =
        object(
                "event_type",
                "candidate_created",
                "payload",
                object("candidate", object("id", "c-9")))
            .build();
    assertEquals(
        "c-9",
        ((Intake.Candidate) Reading.body(Ats.recruitee, body, Map.of())).profile().candidateId());
  }
}
