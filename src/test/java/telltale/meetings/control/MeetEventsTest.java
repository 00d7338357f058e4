package telltale.meetings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import telltale.meetings.entity.Participant;

/**
 * Meet's call_ended events (the shape of the Reports API's activities, as in the sanitised example
 * Worklytics publishes) become participant records; endpoint_id names no machine.
 */
class MeetEventsTest {
  static String activity(String time, String... parameters) {
    return "{\"kind\":\"admin#reports#activity\",\"id\":{\"time\":\""
        + time
        + "\",\"uniqueQualifier\":\"6127585580824196360\",\"applicationName\":\"meet\","
        + "\"customerId\":\"C03v4gz0f\"},\"actor\":{\"callerType\":\"USER\","
        + "\"email\":\"lee@employer.example\",\"profileId\":\"117927411761819390794\"},"
        + "\"events\":[{\"type\":\"call\",\"name\":\"call_ended\",\"parameters\":["
        + String.join(",", parameters)
        + "]}]}";
  }

  static String value(String name, String value) {
    return "{\"name\":\"" + name + "\",\"value\":\"" + value + "\"}";
  }

  static JsonObject page(String... activities) {
    return Json.createReader(
            new StringReader(
                "{\"kind\":\"admin#reports#activities\",\"items\":["
                    + String.join(",", activities)
                    + "]}"))
        .readObject();
  }

  static final String GUEST =
      activity(
          "2026-11-30T15:46:45.286Z",
          "{\"name\":\"video_send_seconds\",\"intValue\":\"952\"}",
          value("location_country", "KR"),
          value("identifier_type", "email_address"),
          value("endpoint_id", "boq_hlane_88QSbqq7Hl1"),
          value("device_type", "web"),
          "{\"name\":\"duration_seconds\",\"intValue\":\"952\"}",
          value("identifier", "da***@e***.com"),
          value("location_region", "Seoul"),
          value("ip_address", "1.11.4.20"),
          value("meeting_code", "FPXHJKQQFH"),
          "{\"name\":\"is_external\",\"boolValue\":true}");

  @Test
  void anExternalParticipantsCallEndedIsAGuestWithItsConnection() {
    List<Participant> found = MeetApi.participants(page(GUEST), "FPXHJKQQFH");
    assertEquals(1, found.size());
    Participant p = found.get(0);
    assertTrue(p.guest());
    assertEquals("da***@e***.com", p.email());
    assertEquals("da***@e***.com", p.participantUuid());
    assertEquals("1.11.4.20", p.ipAddress());
    assertEquals("KR", p.location());
    assertEquals("web", p.device());
    assertNull(p.camera());
    assertEquals(Optional.empty(), p.machine(), "endpoint_id is no device identifier");
    assertEquals(Instant.parse("2026-11-30T15:46:45.286Z").minusSeconds(952), p.joinTime());
    assertEquals(Optional.of("KR"), MeetingFacts.bracketed(p.location()));
  }

  @Test
  void anInternalUserIsNoGuestAndOtherCodesAndEventsAreLeftOut() {
    String internal =
        activity(
            "2026-11-30T15:46:43.999Z",
            value("identifier_type", "email_address"),
            value("identifier", "lee@employer.example"),
            value("location_country", "DE"),
            value("meeting_code", "FPXHJKQQFH"),
            "{\"name\":\"is_external\",\"boolValue\":false}");
    String otherMeeting = GUEST.replace("FPXHJKQQFH", "ABCDEFGHIJ");
    String otherEvent = GUEST.replace("call_ended", "presentation_started");
    List<Participant> found =
        MeetApi.participants(page(internal, otherMeeting, otherEvent), "FPXHJKQQFH");
    assertEquals(1, found.size());
    assertFalse(found.get(0).guest());
    assertEquals("lee@employer.example", found.get(0).email());
  }

  @Test
  void anAnonymousGuestHasNoAddressAndIsToldApartByItsDisplayName() {
    String anonymous =
        activity(
            "2026-11-30T15:46:45Z",
            value("display_name", "Dana"),
            value("endpoint_id", "boq_hlane_x"),
            value("meeting_code", "FPXHJKQQFH"),
            "{\"name\":\"is_external\",\"boolValue\":true}");
    Participant p = MeetApi.participants(page(anonymous), "FPXHJKQQFH").get(0);
    assertTrue(p.guest());
    assertNull(p.email());
    assertNull(p.ipAddress());
    assertEquals("Dana", p.participantUuid());
  }
}
