package telltale.meetings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import telltale.meetings.entity.Participant;

/** A call record's sessions (shape of Graph's documented callRecord with sessions and segments). */
class TeamsApiTest {
  static final String TENANT = "dc368399-474c-4d40-900c-6265431fd81f";

  static final String SESSION =
      """
      {"modalities":["audio","video"],"startDateTime":"2026-11-30T15:00:01.2169889Z",
       "endDateTime":"2026-11-30T15:40:46.7640013Z","id":"s-1","isTest":false,
       "caller":{"@odata.type":"#microsoft.graph.callRecords.participantEndpoint",
         "name":"DESKTOP-7Q2K",
         "userAgent":{"@odata.type":"#microsoft.graph.callRecords.clientUserAgent",
           "headerValue":"Teams/1.6 (Windows)","platform":"windows","productFamily":"teams"},
         "associatedIdentity":{"id":"guest-17","displayName":"Dana K"}},
       "callee":{"@odata.type":"#microsoft.graph.callRecords.serviceEndpoint",
         "userAgent":{"@odata.type":"#microsoft.graph.callRecords.serviceUserAgent",
           "role":"unknown","headerValue":"Conferencing"}},
       "segments":[{"id":"seg-1","startDateTime":"2026-11-30T15:00:01Z","endDateTime":"2026-11-30T15:40:46Z",
         "media":[
           {"label":"main-audio",
            "callerNetwork":{"ipAddress":"192.168.1.20","subnet":"192.168.1.0",
              "reflexiveIPAddress":"1.11.4.20","connectionType":"tunnel","macAddress":"00:1A:2B:3C:4D:5E"},
            "callerDevice":{"captureDeviceName":"Microphone (Realtek Audio)","renderDeviceName":"Speakers"}},
           {"label":"main-video",
            "callerNetwork":{"reflexiveIPAddress":"1.11.4.20","connectionType":"tunnel"},
            "callerDevice":{"captureDeviceName":"OBS Virtual Camera"}}]}]}""";

  static final String EMPLOYEE =
      """
      {"startDateTime":"2026-11-30T14:58:00Z","id":"s-2",
       "caller":{"@odata.type":"#microsoft.graph.callRecords.participantEndpoint","name":"machineName_2",
         "userAgent":{"platform":"macOS"},
         "associatedIdentity":{"id":"821809f5-0000-0000-0000-3b5136c0e777","displayName":"Abbie Wilkins",
           "tenantId":"DC368399-474C-4D40-900C-6265431FD81F","userPrincipalName":"abbie@contoso.com"}},
       "segments":[{"media":[{"label":"main-audio","callerNetwork":{"reflexiveIPAddress":"2.27.166.10","connectionType":"wired"}}]}]}""";

  @Test
  void theGuestAndTheEmployeeAreToldApartAndTheirEndpointsRead() {
    List<Participant> all =
        TeamsApi.participants(List.of(TeamsApi.object(SESSION), TeamsApi.object(EMPLOYEE)), TENANT);
    assertEquals(2, all.size(), "the conference's service endpoint is no participant");
    Participant guest = all.get(0);
    assertNull(guest.id(), "a guest has no id of the employer's tenant");
    assertEquals("guest-17", guest.participantUuid());
    assertEquals("1.11.4.20", guest.ipAddress());
    assertEquals("tunnel", guest.networkType());
    assertEquals("windows", guest.device());
    assertEquals("OBS Virtual Camera", guest.camera(), "the video capture device first");
    assertEquals("mac:00:1a:2b:3c:4d:5e", guest.machine().orElseThrow());
    assertNull(guest.email());
    Participant employee = all.get(1);
    assertEquals("821809f5-0000-0000-0000-3b5136c0e777", employee.id());
    assertEquals("2.27.166.10", employee.ipAddress());
  }

  @Test
  void anotherTenantsUserIsAGuest() {
    JsonObject other =
        TeamsApi.object(EMPLOYEE.replace("DC368399-474C-4D40-900C-6265431FD81F", "other-tenant"));
    assertNull(TeamsApi.participants(List.of(other), TENANT).get(0).id());
  }
}
