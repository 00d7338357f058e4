package telltale.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import telltale.api.ClientError;
import telltale.catalogue.control.CatalogueLoader;
import telltale.catalogue.entity.Catalogue;
import telltale.configfile.ConfigFileException;
import telltale.configfile.ConfigFiles;
import telltale.reports.control.ReportQueries;
import telltale.reports.entity.BacktestReport;
import telltale.reports.entity.BacktestRequest;
import telltale.screening.boundary.Screenings;

/** Tries another catalogue on the stored screenings and says how bands would move, by outcome. */
@ApplicationScoped
public class Backtests {
  /** Most recent screenings a backtest screens again, at most. */
  static final int LIMIT = 10_000;

  static final String NOTE =
      "The most recent stored screenings (at most "
          + LIMIT
          + ") screened again from their stored profiles under the running catalogue and under the"
          + " one tried, the same way: resume text is never stored and history lookups are not"
          + " replayed, so the linkage rules sit out on both sides. outcome is the latest one"
          + " recorded, none without one. A good change moves identity_confirmed_false up and"
          + " verified_genuine down. Suggestions only: nothing changes until someone edits the"
          + " catalogue.";

  @Inject Screenings screenings;
  @Inject ReportQueries queries;
  @Inject Catalogue running;

  public BacktestReport run(BacktestRequest request) {
    Catalogue tried;
    List<Screenings.Rescreened> all;
    try {
      // a catalogue that does not load, or does not fit the rules, is the caller's to fix
      tried = new CatalogueLoader(ConfigFiles.in(Path.of(request.configDir().strip()))).load();
      all = screenings.rescreen(tried, LIMIT);
    } catch (ConfigFileException e) {
      throw new ClientError(400, "catalogue_invalid", e.getMessage());
    }
    Map<String, String> outcomes = queries.outcomeByScreening();
    Map<String, long[]> moves = new TreeMap<>();
    Map<String, long[]> byOutcome = new TreeMap<>();
    for (Screenings.Rescreened r : all) {
      String outcome = outcomes.getOrDefault(r.screeningId(), "none");
      moves.computeIfAbsent(outcome + "|" + r.now() + "|" + r.then(), k -> new long[1])[0]++;
      long[] counts = byOutcome.computeIfAbsent(outcome, k -> new long[3]);
      counts[Integer.signum(r.then().compareTo(r.now())) + 1]++;
    }
    List<BacktestReport.Move> moveList = new ArrayList<>();
    moves.forEach(
        (key, count) -> {
          String[] parts = key.split("\\|");
          moveList.add(new BacktestReport.Move(parts[0], parts[1], parts[2], count[0]));
        });
    List<BacktestReport.ByOutcome> outcomeList = new ArrayList<>();
    byOutcome.forEach(
        (outcome, c) -> outcomeList.add(new BacktestReport.ByOutcome(outcome, c[2], c[0], c[1])));
    return new BacktestReport(
        running.version(), tried.version(), all.size(), moveList, outcomeList, NOTE);
  }
}
