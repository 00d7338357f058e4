package telltale.card.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import telltale.api.ClientError;
import telltale.cardlinks.CardLinks;
import telltale.catalogue.control.CatalogueLoader;
import telltale.catalogue.entity.Catalogue;
import telltale.configfile.ConfigFiles;
import telltale.meetings.entity.MeetingRequest;
import telltale.meetings.entity.Platform;
import telltale.screening.entity.Screening;

/** The interviewer's checklist: its meeting field, as sent, refused and shown again. */
class InterviewFormTest {
  static final Catalogue CATALOGUE = new CatalogueLoader(ConfigFiles.in(Path.of("config"))).load();
  static final Screening SCREENING =
      new Screening(
          "s-1",
          null,
          "c-1",
          null,
          null,
          "v",
          0,
          null,
          "Standard checks",
          List.of(),
          null,
          null,
          null,
          null,
          null,
          List.of());
  static final CardLinks.Signed LINK = new CardLinks.Signed("s-1", 1_900_000_000L, "abcdefgh12");

  @Test
  void aMeetingLeftEmptyRegistersNothing() {
    assertEquals(Optional.empty(), InterviewForm.meeting("zoom", null, 2));
    assertEquals(Optional.empty(), InterviewForm.meeting("teams", "  ", 2));
  }

  @Test
  void aMeetingIsRegisteredOnTheChosenPlatformForTheFormsRound() {
    assertEquals(
        Optional.of(new MeetingRequest(Platform.zoom, "https://zoom.us/j/85746065432", 2)),
        InterviewForm.meeting("zoom", " https://zoom.us/j/85746065432 ", 2));
    assertEquals(
        Platform.meet, InterviewForm.meeting("meet", "abc-mnop-xyz", 1).orElseThrow().platform());
  }

  @Test
  void aPlatformTheFormDoesNotOfferOrAnOverlongLinkIsRefusedAsTheApiRefusesIt() {
    ClientError platform =
        assertThrows(ClientError.class, () -> InterviewForm.meeting("webex", "123456789", 2));
    assertEquals(400, platform.status());
    assertEquals("invalid_platform", platform.error().code());
    ClientError overlong =
        assertThrows(
            ClientError.class,
            () -> InterviewForm.meeting("zoom", "https://zoom.us/j/" + "1".repeat(2000), 2));
    assertEquals("invalid_meeting", overlong.error().code());
    assertThrows(ClientError.class, () -> InterviewForm.meeting(null, "123456789", 2));
  }

  @Test
  void theCardConfirmsARegisteredMeetingFromItsPlatformAndRoundOnly() {
    assertEquals(
        Optional.of("Zoom meeting registered for round 2; it is read when the meeting ends."),
        InterviewForm.registered("zoom", "2"));
    assertEquals(
        Optional.of(
            "Microsoft Teams meeting registered for round 12; it is read when the meeting ends."),
        InterviewForm.registered("teams", "12"));
    for (String[] wrong :
        new String[][] {
          {"webex", "2"},
          {"zoom", "0"},
          {"zoom", "51"},
          {"zoom", "two"},
          {null, "2"},
          {"zoom", null}
        }) {
      assertEquals(Optional.empty(), InterviewForm.registered(wrong[0], wrong[1]), wrong[0]);
    }
  }

  @Test
  void aRefusedMeetingShowsTheFormAgainWithEverythingEnteredAndTheReasonNextToTheField() {
    Document page =
        render(
            new InterviewForm.Entered(
                2,
                "198.51.100.20",
                List.of("camera_refusal", "av_desync"),
                "zoom",
                "https://zoom.us/x/nothing<b>",
                "Give the Zoom meeting's number (9 to 12 digits) or its join link."));
    assertEquals("2", page.selectFirst("input[name=round]").attr("value"));
    assertEquals("198.51.100.20", page.selectFirst("input[name=meetingIp]").attr("value"));
    assertEquals(
        List.of("camera_refusal", "av_desync"),
        page.select("input[name=observations][checked]").eachAttr("value"));
    assertEquals("zoom", page.selectFirst("select[name=platform] option[selected]").attr("value"));
    Element meeting = page.selectFirst("input[name=meeting]");
    assertEquals("https://zoom.us/x/nothing<b>", meeting.attr("value"), "kept, as text");
    assertEquals("true", meeting.attr("aria-invalid"));
    assertEquals("meeting-error", meeting.attr("aria-describedby"));
    Element error = page.getElementById("meeting-error");
    assertTrue(error.text().startsWith("Give the Zoom meeting's number"), error.text());
    assertEquals(
        meeting.closest("fieldset"), error.closest("fieldset"), "next to the meeting field");
    assertEquals(0, page.select("b").size(), "what was typed never becomes markup");
  }

  @Test
  void aRefusedRoundIsAClientErrorTheFormShowsNextToItsFields() {
    ClientError round = assertThrows(ClientError.class, () -> InterviewForm.round("0", null, null));
    assertEquals("invalid_round", round.error().code());
    ClientError ip =
        assertThrows(ClientError.class, () -> InterviewForm.round("2", "300.1.1.1", null));
    assertEquals("invalid_meeting_ip", ip.error().code());
    assertTrue(InterviewForm.ROUND_ERRORS.contains(ip.error().code()));
    assertEquals(7, InterviewForm.roundOr("x", 7));
    assertEquals(3, InterviewForm.roundOr(" 3 ", 7));
    Document page =
        render(
            new InterviewForm.Entered(
                2, "300.1.1.1", List.of("av_desync"), "zoom", "", null, ip.error().message()));
    assertEquals("300.1.1.1", page.selectFirst("input[name=meetingIp]").attr("value"));
    assertEquals("round-error", page.selectFirst("input[name=meetingIp]").attr("aria-describedby"));
    assertTrue(page.getElementById("round-error").text().startsWith("The meeting IP must be"));
    assertEquals(
        List.of("av_desync"), page.select("input[name=observations][checked]").eachAttr("value"));
    assertEquals(null, page.getElementById("meeting-error"));
  }

  @Test
  void aNewFormOffersTheThreePlatformsWithNoErrorAndALabelForEveryInput() {
    Document page = render(new InterviewForm.Entered(3, null, List.of(), "zoom", null, null));
    assertEquals(
        List.of("Zoom", "Microsoft Teams", "Google Meet"),
        page.select("select[name=platform] option").eachText());
    assertEquals(
        List.of("zoom", "teams", "meet"),
        page.select("select[name=platform] option").eachAttr("value"));
    assertEquals("", page.selectFirst("input[name=meeting]").attr("value"));
    assertTrue(page.select("[aria-invalid], #meeting-error").isEmpty());
    assertTrue(page.select("input[name=observations][checked]").isEmpty());
    for (Element input : page.select("input:not([type=hidden]), select")) {
      assertTrue(
          input.closest("label") != null || !page.select("label[for=" + input.id() + "]").isEmpty(),
          "a label for " + input.attr("name"));
    }
  }

  private static Document render(InterviewForm.Entered entered) {
    InterviewForm form = InterviewForm.of(CATALOGUE, SCREENING, LINK, "token", entered);
    return Jsoup.parse(new Pages().render("interview", Map.of("form", form)));
  }
}
