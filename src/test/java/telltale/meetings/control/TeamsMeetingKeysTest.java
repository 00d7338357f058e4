package telltale.meetings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TeamsMeetingKeysTest {
  static final String LINK =
      "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGQ4MDQyNTEtNTQ2NS00YjQxLTlkM2EtZWVkODYxODYzMmY2%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%2c%22Oid%22%3a%22550fae72-d251-43ec-868c-373732c2704f%22%7d";

  @Test
  void aJoinLinkAndTheCallRecordsJoinWebUrlGiveTheSameKey() {
    assertEquals(
        Optional.of("meeting_NGQ4MDQyNTEtNTQ2NS00YjQxLTlkM2EtZWVkODYxODYzMmY2"),
        TeamsMeetingKeys.parse(LINK));
    // Graph spells the escapes in upper case and without a context
    assertEquals(
        TeamsMeetingKeys.parse(LINK),
        TeamsMeetingKeys.parse(
            "https://teams.microsoft.com/l/meetup-join/19%3Ameeting_NGQ4MDQyNTEtNTQ2NS00YjQxLTlkM2EtZWVkODYxODYzMmY2%40thread.v2/0"));
    assertEquals(
        TeamsMeetingKeys.parse(LINK),
        TeamsMeetingKeys.parse(
            "https://eur01.safelinks.protection.outlook.com/?url="
                + java.net.URLEncoder.encode(LINK, java.nio.charset.StandardCharsets.UTF_8)
                + "&data=x"));
  }

  @Test
  void aChannelMeetingIsKeyedByAHashOfThreadAndMessage() {
    String key =
        TeamsMeetingKeys.parse(
                "https://teams.microsoft.com/l/meetup-join/19%3a4f1e8c2a9b7d4e3f8a6b5c4d3e2f1a0b%40thread.tacv2/1701234567890?context=%7b%7d")
            .orElseThrow();
    assertTrue(key.matches("[0-9a-f]{64}"), key);
  }

  @Test
  void otherLinksNameNoTeamsMeeting() {
    assertEquals(
        Optional.empty(),
        TeamsMeetingKeys.parse("https://evil.example/l/meetup-join/19%3ameeting_x%40thread.v2/0"));
    assertEquals(
        Optional.empty(),
        TeamsMeetingKeys.parse(
            "http://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0"));
    assertEquals(
        Optional.empty(),
        TeamsMeetingKeys.parse("https://teams.microsoft.com/meet/2345678901234?p=abc"));
    assertEquals(Optional.empty(), TeamsMeetingKeys.parse("85746065432"));
    assertEquals(Optional.empty(), TeamsMeetingKeys.parse("x"));
  }
}
