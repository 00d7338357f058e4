package telltale.intake.fetch;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import telltale.api.ClientCredentials;
import telltale.api.VendorCallFailed;
import telltale.database.Backoff;
import telltale.intake.adapters.Intake;
import telltale.meetings.entity.ScheduledMeeting;
import telltale.profile.Ats;
import telltale.profile.CandidateProfile;
import telltale.profile.ResumeFile;
import telltale.screening.boundary.Screenings;

/**
 * Every few seconds, completes queued deliveries and screens them: thin ones from the vendor's API,
 * and those naming a resume file with the file, downloaded from an allowed host. A failing API or
 * download is retried with growing pauses; after the last attempt the candidate is screened with
 * what there is, and the coverage says what could not be fetched, so no delivery is ever dropped.
 */
@Singleton
public class FetchWorker {
  static final int BATCH = 10;
  static final Backoff RETRY = new Backoff(8, Duration.ofSeconds(10), Duration.ofHours(1));
  static final String NOT_FETCHED = "Resume file: not fetched, because ";
  static final String GAVE_UP = "Resume file: fetch failed after retries";
  private static final System.Logger LOG = System.getLogger(FetchWorker.class.getName());

  @Inject FetchQueue queue;
  @Inject FetchConfig config;
  @Inject FilesConfig files;
  @Inject FetchScreening screening;
  @Inject Event<VendorCallFailed> failed;
  @Inject Screenings screenings;
  @Inject ClientCredentials tokens;
  Clock clock = Clock.systemUTC();

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    try {
      run();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "fetch round failed, next round will retry: " + e.getClass().getSimpleName());
    }
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run() {
    for (FetchQueue.Job job : queue.claim(clock.instant(), BATCH)) {
      try {
        complete(job);
      } catch (RuntimeException e) {
        fail(job, e);
      }
    }
  }

  /**
   * The API read first (it completes the candidate; for Lever the opportunity's newest resume is
   * downloaded through the same API, for Ashby the resume the candidate names through {@code
   * file.info}), then the files named by the delivery; the file is read, and only then one
   * screening in its own short transaction: no transaction is open while downloading or reading.
   */
  private void complete(FetchQueue.Job job) {
    List<String> targets = FetchTargets.split(job.target());
    CandidateProfile profile = job.profile();
    List<String> notes = new ArrayList<>();
    List<ScheduledMeeting> scheduled = new ArrayList<>();
    String status = "done";
    for (String target : targets) {
      if (!FetchTargets.isFile(target)) {
        var access = config.access(job.ats(), job.connection());
        if (access.isEmpty()) {
          status = "no_access";
        } else if (target.startsWith(Intake.SCHEDULED_INTERVIEWS)) {
          scheduled.addAll(scheduledInterviews(target, access.get(), notes));
        } else {
          VendorApis.Read read = VendorApis.fetch(job.ats(), target, access.get());
          profile = profile.completedWith(read.profile());
          if (job.ats() == Ats.ashby) {
            String candidateId = target.substring(target.indexOf(':') + 1);
            AshbyFraudData.Read fraud = AshbyFraudData.read(profile, candidateId, access.get());
            profile = fraud.profile();
            notes.addAll(fraud.notes());
          }
          if (files.enabled() && job.ats() == Ats.lever) {
            var resume = viaApi(() -> VendorApis.leverResume(target, access.get()), notes);
            if (resume.isPresent()) {
              List<String> auth = List.of("Authorization", VendorApis.basic(access.get().apiKey()));
              profile = withFile(job, resume.get(), auth, profile, notes);
            }
          }
          String candidate = profile.candidateId();
          if (files.enabled() && job.ats() == Ats.smartrecruiters && candidate != null) {
            var resume =
                viaApi(() -> VendorApis.smartRecruitersResume(candidate, access.get()), notes);
            if (resume.isPresent()) {
              List<String> auth = List.of("X-SmartToken", access.get().apiKey());
              profile = withFile(job, resume.get(), auth, profile, notes);
            }
          }
          if (files.enabled() && read.fileHandle().isPresent()) {
            // a pre-signed link: no credentials go with the download
            var resume =
                viaApi(() -> VendorApis.ashbyFileUrl(read.fileHandle().get(), access.get()), notes);
            if (resume.isPresent()) {
              profile = withFile(job, resume.get(), List.of(), profile, notes);
            }
          }
        }
      }
    }
    for (String target : targets) {
      if (FetchTargets.isFile(target)) {
        profile = withFile(job, FetchTargets.address(target), List.of(), profile, notes);
      }
    }
    Screenings.Prepared prepared = screenings.prepare(profile);
    screening.complete(job, prepared, notes, status, scheduled);
  }

  /**
   * The meeting links of a Greenhouse application's scheduled interviews; credentials without the
   * permission or scope, or refused ones, cost the links, not the screening (a coverage note says
   * so, and what to change).
   */
  private List<ScheduledMeeting> scheduledInterviews(
      String target, FetchConfig.Access access, List<String> notes) {
    String application = target.substring(Intake.SCHEDULED_INTERVIEWS.length());
    try {
      return VendorApis.greenhouseScheduledInterviews(application, access, tokens);
    } catch (VendorApis.Refused refused) {
      failed.fire(new VendorCallFailed(Ats.greenhouse.name(), VendorCallFailed.Kind.permanent));
      notes.add(
          "Scheduled interviews: not read, because Greenhouse's API answered HTTP "
              + refused.status()
              + " ("
              + refused.fix()
              + ").");
      return List.of();
    }
  }

  /**
   * Where the resume downloads, asked of the ATS's API; a key without access to files costs the
   * file, not the rest of the candidate (transient answers are retried with the job).
   */
  private static Optional<String> viaApi(Supplier<Optional<String>> ask, List<String> notes) {
    try {
      return ask.get();
    } catch (WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status >= 500 || status == 408 || status == 429) {
        throw e;
      }
      notes.add(NOT_FETCHED + "the ATS's API refused to name the file (HTTP " + status + ").");
      return Optional.empty();
    }
  }

  /** Headers go with the download (Lever's API key, only to the API's own address). */
  private CandidateProfile withFile(
      FetchQueue.Job job,
      String address,
      List<String> headers,
      CandidateProfile profile,
      List<String> notes) {
    try {
      FileFetcher.Fetched file = files.fetcher().fetch(address, headers);
      return profile.withResumeFile(
          ResumeFile.of(file.bytes(), file.filename(), file.contentType()));
    } catch (FileFetcher.Refused refused) {
      LOG.log(Level.INFO, "fetch " + job.id() + ": a resume file was refused");
      notes.add(NOT_FETCHED + refused.getMessage() + ".");
      return profile;
    } catch (FileFetcher.Failed failed) {
      if (RETRY.exhausted(job.attempts() + 1)) {
        notes.add(GAVE_UP + " (the last time " + failed.getMessage() + ").");
        return profile;
      }
      throw failed;
    }
  }

  /**
   * When a vendor's 429 (or 503) named a Retry-After in seconds, the time it asked for, at most an
   * hour away; null otherwise.
   */
  Instant retryAfter(RuntimeException e) {
    if (e instanceof WebApplicationException answered && answered.getResponse() != null) {
      String header = answered.getResponse().getHeaderString("Retry-After");
      if (header != null) {
        try {
          long seconds = Long.parseLong(header.strip());
          return clock.instant().plus(Duration.ofSeconds(Math.max(0, Math.min(seconds, 3600))));
        } catch (NumberFormatException e2) {
          return null;
        }
      }
    }
    return null;
  }

  private void fail(FetchQueue.Job job, RuntimeException e) {
    failed.fire(
        new VendorCallFailed(
            job.ats().name(),
            e instanceof WebApplicationException refused
                ? VendorCallFailed.kindOf(refused.getResponse().getStatus())
                : VendorCallFailed.Kind.transient_failure));
    LOG.log(
        Level.INFO,
        "fetch "
            + job.id()
            + " from "
            + job.ats()
            + " failed (attempt "
            + (job.attempts() + 1)
            + "): "
            + e.getClass().getSimpleName());
    if (RETRY.exhausted(job.attempts() + 1)) {
      List<String> notes =
          FetchTargets.split(job.target()).stream()
              .filter(FetchTargets::isFile)
              .map(t -> GAVE_UP + " (the ATS's API could not be read).")
              .toList();
      screening.complete(job, screenings.prepare(job.profile()), notes, "gave_up", List.of());
      return;
    }
    Instant next = clock.instant().plus(RETRY.after(job.attempts() + 1));
    Instant asked = retryAfter(e);
    queue.retryLater(job, asked != null && asked.isAfter(next) ? asked : next);
  }
}
