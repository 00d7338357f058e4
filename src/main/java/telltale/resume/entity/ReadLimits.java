package telltale.resume.entity;

import java.time.Duration;

/**
 * How much of a resume file is read at most.
 *
 * @param maxBytes larger files are not opened (TOO_LARGE)
 * @param maxPages pages read of a PDF; the text of later pages is left out (truncated)
 * @param maxChars characters of text kept; the rest is left out (truncated)
 * @param timeout time one file may take, waiting for a worker included
 * @param maxExpandedBytes what the compressed parts of a DOCX or ODT may expand to in all
 * @param maxNesting XML element depth in an ODT, and object nesting accepted elsewhere
 */
public record ReadLimits(
    long maxBytes,
    int maxPages,
    int maxChars,
    Duration timeout,
    long maxExpandedBytes,
    int maxNesting) {

  public static final long MIB = 1024L * 1024;

  public ReadLimits {
    if (maxBytes <= 0 || maxPages <= 0 || maxChars <= 0 || maxExpandedBytes <= 0) {
      throw new IllegalArgumentException("resume limits must be positive");
    }
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the time limit per resume file must be positive");
    }
    if (maxNesting < 10) {
      throw new IllegalArgumentException("the nesting limit must be at least 10");
    }
  }

  /** 10 MiB, 50 pages, 200,000 characters, 15 seconds, 100 MiB expanded, depth 100. */
  public static ReadLimits defaults() {
    return new ReadLimits(10 * MIB, 50, 200_000, Duration.ofSeconds(15), 100 * MIB, 100);
  }

  public ReadLimits withTimeout(Duration other) {
    return new ReadLimits(maxBytes, maxPages, maxChars, other, maxExpandedBytes, maxNesting);
  }

  public ReadLimits withMaxBytes(long other) {
    return new ReadLimits(other, maxPages, maxChars, timeout, maxExpandedBytes, maxNesting);
  }
}
