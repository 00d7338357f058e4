package telltale.meetings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import telltale.meetings.entity.Participant;
import telltale.profile.Interview;
import telltale.screening.rules.Fixtures;

/** The candidate's records become country-level and listed facts; addresses are not kept. */
class MeetingFactsTest {
  static Participant joined(String ip, String location, String camera, String at) {
    return new Participant(
        "",
        "p-2",
        "",
        ip,
        location,
        "Wifi",
        "Windows",
        camera,
        "DESKTOP-7Q2K",
        "02:00:00:00:00:00",
        null,
        Instant.parse(at));
  }

  @Test
  void theAddressBecomesItsCountryAndNetworkAndAListedCameraItsName() {
    MeetingFacts.Round round =
        MeetingFacts.of(
            List.of(
                joined("203.0.113.130", "", "OBS Virtual Camera", "2026-11-30T15:05:00Z"),
                joined("198.51.100.20", "Seoul (KR)", "Integrated Webcam", "2026-11-30T15:00:00Z")),
            "Zoom",
            2,
            Fixtures.REFERENCE,
            (kind, value) -> "hash(" + kind + "," + value + ")");
    Interview interview = round.interview();
    assertEquals(2, interview.round());
    assertEquals("Zoom", interview.source());
    assertEquals("KR", interview.meetingCountry());
    assertEquals("DigitalOcean (hosting)", interview.meetingNetwork());
    assertEquals("OBS Virtual Camera", interview.camera());
    assertNull(interview.meetingIp());
    assertEquals(Instant.parse("2026-11-30T15:00:00Z"), interview.at());
    assertEquals(List.of(), round.notes());
    // a zeroed MAC address does not count; the machine name does, only as a keyed hash
    assertEquals("pc:hash(meeting_device,pc:desktop-7q2k)", interview.deviceKey());
    // the first join's exact address, only as a keyed hash, for linkage with other candidates
    assertEquals("hash(meeting_network,198.51.100.20)", interview.networkKey());
  }

  @Test
  void whatZoomLeftEmptyIsSaidInTheNotesAndAnUnlistedCameraIsNotKept() {
    MeetingFacts.Round round =
        MeetingFacts.of(
            List.of(joined("", "", "Dana's iPhone Camera", "2026-11-30T15:00:00Z")),
            "Zoom",
            1,
            Fixtures.REFERENCE,
            (kind, value) -> "hash(" + kind + "," + value + ")");
    assertNull(round.interview().camera());
    assertNull(round.interview().meetingCountry());
    assertEquals(2, round.notes().size());
    assertTrue(round.notes().get(0).startsWith("Zoom, round 1: "), round.notes().toString());
  }

  @Test
  void zoomsLocationGivesTheCountryWhenTheAddressIsUnknownToTheLists() {
    assertEquals(Optional.of("DE"), MeetingFacts.bracketed("Berlin (DE)"));
    assertEquals(Optional.empty(), MeetingFacts.bracketed("Berlin (XX)"));
    assertEquals(Optional.empty(), MeetingFacts.bracketed("Berlin"));
  }

  @Test
  void aTunnelConnectionIsReportedAsAVpnNetwork() {
    Participant p = joined("198.51.100.20", "Seoul (KR)", null, "2026-11-30T15:00:00Z");
    Participant tunnel =
        new Participant(
            p.id(),
            p.participantUuid(),
            p.email(),
            p.ipAddress(),
            p.location(),
            "tunnel",
            p.device(),
            p.camera(),
            p.pcName(),
            p.macAddress(),
            p.harddiskId(),
            p.joinTime());
    Interview interview =
        MeetingFacts.of(List.of(tunnel), "Microsoft Teams", 2, Fixtures.REFERENCE, (k, v) -> v)
            .interview();
    assertEquals(
        "a VPN tunnel (the connection type the platform reported)", interview.meetingNetwork());
    assertNull(
        MeetingFacts.of(List.of(p), "Microsoft Teams", 2, Fixtures.REFERENCE, (k, v) -> v)
            .interview()
            .meetingNetwork());
  }
}
