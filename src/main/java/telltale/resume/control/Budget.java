package telltale.resume.control;

import java.io.Writer;
import java.nio.CharBuffer;
import telltale.resume.entity.ReadOutcome;

/**
 * The text collected from one file, capped at a number of characters, and the time it may take.
 * Readers call {@link #check()} at natural steps (a page, a thousand glyphs, an XML element), since
 * PDFBox and POI do not stop when their thread is interrupted.
 */
final class Budget {
  private final long deadline;
  private final int maxChars;
  private final StringBuilder text = new StringBuilder();
  private boolean truncated;

  Budget(long deadlineNanos, int maxChars) {
    this.deadline = deadlineNanos;
    this.maxChars = maxChars;
  }

  /** Ends the read when the time is up or the caller gave up (interrupt). */
  void check() {
    if (Thread.currentThread().isInterrupted() || System.nanoTime() - deadline > 0) {
      throw new Unreadable(ReadOutcome.TIMED_OUT, "deadline passed");
    }
  }

  /** Adds text up to the cap; false once the cap is reached (the rest is left out). */
  boolean append(CharSequence more) {
    int room = maxChars - text.length();
    if (more.length() > room) {
      text.append(more, 0, Math.max(room, 0));
      truncated = true;
      return false;
    }
    text.append(more);
    return true;
  }

  int maxChars() {
    return maxChars;
  }

  boolean full() {
    return truncated;
  }

  void markTruncated() {
    truncated = true;
  }

  String text() {
    return text.toString();
  }

  /** A writer into this budget that stops its caller with {@link Full} once the cap is reached. */
  Writer writer() {
    return new Writer() {
      @Override
      public void write(char[] chars, int offset, int length) {
        check();
        if (!Budget.this.append(CharBuffer.wrap(chars, offset, length))) {
          throw new Full();
        }
      }

      @Override
      public void write(String chars) {
        check();
        if (!Budget.this.append(chars)) {
          throw new Full();
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }

  /** Thrown through a library's text writer to stop it once the character cap is reached. */
  static final class Full extends RuntimeException {
    Full() {
      super("character limit reached", null, false, false);
    }
  }
}
