package telltale.resume.control;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.EncryptedDocumentException;
import telltale.resume.entity.FileType;
import telltale.resume.entity.ReadLimits;
import telltale.resume.entity.ReadOutcome;
import telltale.resume.entity.ReadResult;
import telltale.resume.entity.ResumeFile;

/**
 * Reads resume files safely: the type from the bytes, then text and metadata on a small fixed pool
 * of worker threads, each file within the limits of size, pages, characters and time. Every file
 * ends with an outcome; nothing is thrown and nothing is written to disk. Plain Java, usable
 * without CDI; one instance per application, closed at shutdown.
 */
public final class ResumeReader implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(ResumeReader.class.getName());
  private static final int SNIFF_PREFIX = 64 * 1024;

  private final ReadLimits limits;
  private final ThreadPoolExecutor workers;
  private final Map<FileType, Extractor> extractors;

  /** Reads with the given limits on {@code threads} workers (2 suits a 2-core machine). */
  public ResumeReader(ReadLimits limits, int threads) {
    this(limits, threads, standard(limits));
  }

  ResumeReader(ReadLimits limits, int threads, Map<FileType, Extractor> extractors) {
    this.limits = limits;
    this.extractors = Map.copyOf(extractors);
    this.workers =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(threads * 8),
            daemons(),
            new ThreadPoolExecutor.AbortPolicy());
  }

  private static Map<FileType, Extractor> standard(ReadLimits limits) {
    Map<FileType, Extractor> readers = new EnumMap<>(FileType.class);
    readers.put(FileType.PDF, new PdfText(limits.maxPages()));
    readers.put(FileType.DOCX, new DocxText(limits.maxExpandedBytes()));
    readers.put(FileType.DOC, new DocText());
    readers.put(FileType.RTF, new RtfText());
    readers.put(FileType.ODT, new OdtText(limits.maxExpandedBytes(), limits.maxNesting()));
    readers.put(FileType.TEXT, new PlainText());
    return readers;
  }

  public ReadLimits limits() {
    return limits;
  }

  public ReadResult read(ResumeFile file) {
    byte[] bytes = file.bytes();
    FileType declared = file.declared();
    if (bytes.length > limits.maxBytes()) {
      FileType detected = FileSniffer.sniff(Arrays.copyOf(bytes, SNIFF_PREFIX));
      return ReadResult.unreadable(ReadOutcome.TOO_LARGE, detected, declared);
    }
    FileType detected = FileSniffer.sniff(bytes);
    Extractor extractor = extractors.get(detected);
    if (extractor == null) {
      return ReadResult.unreadable(ReadOutcome.UNSUPPORTED_TYPE, detected, declared);
    }
    long deadline = System.nanoTime() + limits.timeout().toNanos();
    Future<ReadResult> pending;
    try {
      pending =
          workers.submit(
              () ->
                  extract(
                      extractor,
                      bytes,
                      new Budget(deadline, limits.maxChars()),
                      detected,
                      declared));
    } catch (RejectedExecutionException e) {
      LOG.log(System.Logger.Level.WARNING, "resume reader queue full; a file was not read");
      return ReadResult.unreadable(ReadOutcome.BUSY, detected, declared);
    }
    try {
      return pending.get(limits.timeout().toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      return ReadResult.unreadable(ReadOutcome.TIMED_OUT, detected, declared);
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      return ReadResult.unreadable(ReadOutcome.TIMED_OUT, detected, declared);
    } catch (ExecutionException e) {
      return ReadResult.unreadable(ReadOutcome.DAMAGED, detected, declared);
    }
  }

  /** Runs on a worker; every failure becomes an outcome, logged by kind only (no content). */
  private static ReadResult extract(
      Extractor extractor, byte[] bytes, Budget budget, FileType detected, FileType declared) {
    ReadOutcome outcome;
    try {
      Extraction x = extractor.extract(bytes, budget);
      return new ReadResult(
          ReadOutcome.READ,
          detected,
          declared,
          x.text(),
          x.pages(),
          x.truncated(),
          x.links(),
          x.metadata());
    } catch (Unreadable e) {
      outcome = e.outcome();
    } catch (EncryptedDocumentException e) {
      outcome = ReadOutcome.ENCRYPTED;
    } catch (StackOverflowError | OutOfMemoryError e) {
      outcome = ReadOutcome.UNSAFE;
    } catch (IOException | RuntimeException e) {
      outcome = zipBomb(e) ? ReadOutcome.UNSAFE : ReadOutcome.DAMAGED;
      LOG.log(System.Logger.Level.DEBUG, () -> detected + " unreadable: " + e.getClass().getName());
    }
    return ReadResult.unreadable(outcome, detected, declared);
  }

  /** POI reports its zip-bomb guards only in the message of a plain IOException. */
  private static boolean zipBomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
        return true;
      }
    }
    return false;
  }

  /** Workers busy reading a file now; 0 when idle. Stuck workers would show here. */
  public int busyWorkers() {
    return workers.getActiveCount();
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }

  private static ThreadFactory daemons() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "resume-reader-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
