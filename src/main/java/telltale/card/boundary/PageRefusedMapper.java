package telltale.card.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import telltale.card.control.PageRefused;
import telltale.card.control.Pages;

/** Refused pages: a short HTML explanation with the status, never candidate data. */
@Provider
public class PageRefusedMapper implements ExceptionMapper<PageRefused> {
  @Inject Pages pages;

  @Override
  public Response toResponse(PageRefused e) {
    return Response.status(e.status())
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(pages.render("refused", Map.of("title", e.title(), "explanation", e.explanation())))
        .build();
  }
}
