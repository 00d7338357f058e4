package telltale.reports.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import telltale.access.Allowed;
import telltale.access.Role;
import telltale.openapi.ApiBody;
import telltale.reports.control.Csv;
import telltale.reports.entity.BacktestReport;
import telltale.reports.entity.BacktestRequest;
import telltale.reports.entity.FlagRateReport;
import telltale.reports.entity.RuleQualityReport;
import telltale.reports.entity.ScreenedCases;

/**
 * Rule quality, and flag rates by band, job, source and stage as the basis of a bias audit. Flag
 * rates are CSV with Accept: text/csv or ?format=csv. Dates are YYYY-MM-DD, both inclusive.
 */
@Path("api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Role.ADMIN)
public class ReportsResource {
  static final String CSV = "text/csv";

  @Inject Reports reports;
  @Inject Backtests backtests;

  /** Tries another catalogue on the stored screenings: how bands would move, by outcome. */
  @POST
  @Path("backtest")
  @Consumes(MediaType.APPLICATION_JSON)
  public BacktestReport backtest(
      @NotNull(message = "send {\"configDir\": \"...\"}") @Valid BacktestRequest request) {
    return backtests.run(request);
  }

  @GET
  @Path("rules")
  public RuleQualityReport rules() {
    return reports.rules();
  }

  @GET
  @Path("flag-rates")
  @Produces({MediaType.APPLICATION_JSON, CSV})
  @ApiBody(FlagRateReport.class)
  public Response flagRates(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("format") String format,
      @Context HttpHeaders headers) {
    return answer(reports.flagRates(from, to), Csv::of, format, headers);
  }

  @GET
  @Path("flag-rates/screenings")
  @Produces({MediaType.APPLICATION_JSON, CSV})
  @ApiBody(ScreenedCases.class)
  public Response screenings(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("format") String format,
      @Context HttpHeaders headers) {
    return answer(reports.screened(from, to), Csv::of, format, headers);
  }

  /** The report as CSV when ?format=csv or Accept asks for it first, else as JSON. */
  private static <T> Response answer(
      T report, Function<T, String> asCsv, String format, HttpHeaders headers) {
    return csv(format, headers)
        ? Response.ok(asCsv.apply(report), CSV + "; charset=utf-8").build()
        : Response.ok(report, MediaType.APPLICATION_JSON).build();
  }

  private static boolean csv(String format, HttpHeaders headers) {
    if (format != null) {
      return "csv".equalsIgnoreCase(format.strip());
    }
    return headers.getAcceptableMediaTypes().stream()
        .findFirst()
        .map(type -> type.isCompatible(MediaType.valueOf(CSV)) && !type.isWildcardType())
        .orElse(false);
  }
}
