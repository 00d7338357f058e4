package telltale.card.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import telltale.card.control.HandbookView;
import telltale.card.control.Pages;
import telltale.catalogue.entity.Catalogue;
import telltale.catalogue.entity.Handbook;

/**
 * The trainer handbook and its quiz, printable. Open without login: it is the catalogue's text,
 * which holds no personal data and is published with Telltale's source anyway.
 */
@Path("handbook")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class HandbookPages {
  @Inject Catalogue catalogue;
  @Inject Handbook handbook;
  @Inject Pages pages;

  @GET
  public String handbook() {
    return pages.render("handbook", Map.of("book", HandbookView.of(catalogue, handbook)));
  }

  @GET
  @Path("quiz")
  public String quiz() {
    return pages.render("quiz", Map.of("book", HandbookView.of(catalogue, handbook)));
  }
}
