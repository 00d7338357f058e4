package telltale.card.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import telltale.api.ClientError;
import telltale.card.control.CardView;
import telltale.card.control.InterviewForm;
import telltale.card.control.PageRefused;
import telltale.card.control.Pages;
import telltale.cardlinks.CardLinks;
import telltale.catalogue.entity.Catalogue;
import telltale.meetings.entity.MeetingRequest;
import telltale.openapi.ApiBody;
import telltale.profile.Interview;
import telltale.screening.boundary.Screenings;
import telltale.screening.entity.ExplanationRequest;
import telltale.screening.entity.Screening;

/**
 * The recruiter's screening card and the interviewer's checklist, opened from a signed link (no
 * login); submitting the checklist screens again and shows the new card (POST-redirect-GET), which
 * confirms a meeting the form registered. A meeting the meetings component refuses shows the form
 * again, as filled in, with the reason next to the meeting field (400), and saves nothing.
 */
@Path("screenings/{id}")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class CardResource {
  @Inject Cards cards;
  @Inject Screenings screenings;
  @Inject CardLinks links;
  @Inject Pages pages;
  @Inject Catalogue catalogue;

  /** What the meetings component (or the form's own check) refuses a meeting for. */
  private static final Set<String> MEETING_ERRORS =
      Set.of("invalid_meeting", "invalid_platform", "platform_not_connected");

  @GET
  public String card(
      @PathParam("id") String id,
      @QueryParam("exp") Long exp,
      @QueryParam("sig") String sig,
      @QueryParam("meeting") String meeting,
      @QueryParam("round") String round) {
    Screening screening = viewed(id, exp, sig, "card");
    CardLinks.Signed signed = links.sign(screening.id());
    CardView card =
        CardView.of(
            screening,
            catalogue,
            signed.interviewPath(),
            new CardLinks.Signed(id, exp, sig).explanationsPath(),
            links.csrf(id),
            screenings.timeline(screening.ats(), screening.candidateId()));
    Map<String, Object> values = new HashMap<>();
    values.put("card", card);
    values.put("notice", InterviewForm.registered(meeting, round).orElse(null));
    return pages.render("card", values);
  }

  @GET
  @Path("interview")
  public String interview(
      @PathParam("id") String id, @QueryParam("exp") Long exp, @QueryParam("sig") String sig) {
    Screening screening = viewed(id, exp, sig, "interview");
    return pages.render(
        "interview",
        Map.of(
            "form",
            InterviewForm.of(
                catalogue,
                screening,
                new CardLinks.Signed(id, exp, sig),
                links.csrf(id),
                screenings.roundsOf(id) + 1)));
  }

  @POST
  @Path("interview")
  @ApiBody(value = void.class, status = 303)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response observe(
      @PathParam("id") String id,
      @QueryParam("exp") Long exp,
      @QueryParam("sig") String sig,
      @FormParam("csrf") String csrf,
      @FormParam("round") String round,
      @FormParam("meetingIp") String meetingIp,
      @FormParam("observations") List<String> observations,
      @FormParam("platform") String platform,
      @FormParam("meeting") String meeting) {
    checkForm(id, exp, sig, csrf);
    Interview interview;
    Optional<MeetingRequest> registered;
    Optional<Screening> again;
    try {
      interview = InterviewForm.round(round, meetingIp, observations);
      registered = InterviewForm.meeting(platform, meeting, interview.round());
      again = cards.observe(id, interview, registered, "link:" + sig.substring(0, 8));
    } catch (ClientError e) {
      if (e.status() == 404) {
        throw PageRefused.notFound();
      }
      String code = e.error().code();
      boolean ofRound = InterviewForm.ROUND_ERRORS.contains(code);
      if (!ofRound && !MEETING_ERRORS.contains(code)) {
        throw e;
      }
      // nothing was saved: the form comes back as it was sent, the reason next to its field
      Screening screening = screenings.find(id).orElseThrow(PageRefused::notFound);
      InterviewForm form =
          InterviewForm.of(
              catalogue,
              screening,
              new CardLinks.Signed(id, exp, sig),
              links.csrf(id),
              new InterviewForm.Entered(
                  InterviewForm.roundOr(round, screenings.roundsOf(id) + 1),
                  meetingIp,
                  observations == null ? List.of() : observations,
                  platform,
                  meeting,
                  ofRound ? null : e.error().message(),
                  ofRound ? e.error().message() : null));
      return Response.status(400)
          .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .entity(pages.render("interview", Map.of("form", form)))
          .build();
    }
    Screening screening = again.orElseThrow(PageRefused::notFound);
    String card = links.sign(screening.id()).cardPath();
    return Response.seeOther(
            URI.create(
                registered
                    .map(m -> card + "&meeting=" + m.platform().name() + "&round=" + m.round())
                    .orElse(card)))
        .build();
  }

  /**
   * A recruiter marks one signal as explained from the card; the card of the new screening follows.
   */
  @POST
  @Path("explanations")
  @ApiBody(value = void.class, status = 303)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response explain(
      @PathParam("id") String id,
      @QueryParam("exp") Long exp,
      @QueryParam("sig") String sig,
      @FormParam("csrf") String csrf,
      @FormParam("rule") String rule,
      @FormParam("reason") String reason,
      @FormParam("reviewer") String reviewer) {
    checkForm(id, exp, sig, csrf);
    if (blank(rule) || blank(reason) || blank(reviewer)) {
      throw new PageRefused(
          400,
          "Say what explains the signal",
          "Go back, write the reason and your name, and send the form again.");
    }
    return toNewCard(
        screenings.explain(
            id,
            new ExplanationRequest(clip(rule, 64), clip(reason, 1000), clip(reviewer, 100)),
            "link:" + sig.substring(0, 8)));
  }

  /** A form posted from a page: its link must be valid and its CSRF token current. */
  private void checkForm(String id, Long exp, String sig, String csrf) {
    if (!links.valid(id, exp, sig) || !links.csrfValid(id, csrf)) {
      throw PageRefused.badLink();
    }
  }

  /** After a form, the browser goes to the card of the screening it produced. */
  private Response toNewCard(Optional<Screening> again) {
    Screening screening = again.orElseThrow(PageRefused::notFound);
    return Response.seeOther(URI.create(links.sign(screening.id()).cardPath())).build();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String clip(String text, int max) {
    String stripped = text.strip();
    return stripped.length() > max ? stripped.substring(0, max) : stripped;
  }

  private Screening viewed(String id, Long exp, String sig, String page) {
    if (!links.valid(id, exp, sig)) {
      throw PageRefused.badLink();
    }
    return cards.view(id, page, "link:" + sig.substring(0, 8)).orElseThrow(PageRefused::notFound);
  }
}
