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

/**
 * Refuses bodies over {@code telltale.api.max-body-bytes}, declared or streamed, with 413. The two
 * requests that may carry a resume file in base64 (a profile posted to {@code api/v1/screenings} or
 * to the generic webhook) have the larger {@code telltale.api.max-file-body-bytes}.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimitFilter implements ContainerRequestFilter {
  @Inject ApiConfig config;

  @Override
  public void filter(ContainerRequestContext request) {
    long limit = mayCarryFile(request) ? config.maxFileBodyBytes() : config.maxBodyBytes();
    if (request.getLength() > limit) {
      throw tooLarge(limit);
    }
    request.setEntityStream(new Limited(request.getEntityStream(), limit));
  }

  static boolean mayCarryFile(ContainerRequestContext request) {
    if (!"POST".equals(request.getMethod())) {
      return false;
    }
    String path = request.getUriInfo().getPath();
    path = path.startsWith("/") ? path.substring(1) : path;
    path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return path.equals("api/v1/screenings")
        || path.equals("webhooks/generic")
        || path.startsWith("webhooks/generic/");
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
