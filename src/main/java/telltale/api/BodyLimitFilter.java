package telltale.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Refuses bodies over {@code telltale.api.max-body-bytes}, declared or streamed, with 413. */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimitFilter implements ContainerRequestFilter {
  @Inject ApiConfig config;

  @Override
  public void filter(ContainerRequestContext request) {
    long limit = config.maxBodyBytes();
    if (request.getLength() > limit) {
      throw tooLarge(limit);
    }
    request.setEntityStream(new Limited(request.getEntityStream(), limit));
  }

  static ClientError tooLarge(long limit) {
    return new ClientError(
        413, "payload_too_large", "The body is larger than the limit of " + limit + " bytes.");
  }

  /** Counts what is read and stops at the limit. */
  static final class Limited extends FilterInputStream {
    private final long limit;
    private long count;

    Limited(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      count += n;
      if (count > limit) {
        throw tooLarge(limit);
      }
    }
  }
}
