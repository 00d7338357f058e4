package telltale.intake.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Downloads one resume file named by an ATS: only from allowed origins, redirects followed by hand
 * and only within the same origin (at most {@value #MAX_REDIRECTS}), the size capped while the body
 * streams, a connect timeout, the read timeout for each answer to begin and twice it for the whole
 * download. A refusal ({@link Refused}) is final; a {@link Failed} download may be tried again
 * later.
 */
public final class FileFetcher {
  static final int MAX_REDIRECTS = 3;

  private final AllowedOrigins allowed;
  private final long maxBytes;
  private final Duration readTimeout;
  private final HttpClient client;

  public FileFetcher(
      AllowedOrigins allowed, long maxBytes, Duration connectTimeout, Duration readTimeout) {
    this.allowed = allowed;
    this.maxBytes = maxBytes;
    this.readTimeout = readTimeout;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(connectTimeout)
            .build();
  }

  /** A downloaded file with the name and type the server gave it. */
  public record Fetched(byte[] bytes, String filename, String contentType) {}

  /** Never worth trying again; the message says why in plain words. */
  public static final class Refused extends RuntimeException {
    public Refused(String words) {
      super(words, null, false, false);
    }
  }

  /** Perhaps better later (timeout, connection trouble, 5xx, 429). */
  public static final class Failed extends RuntimeException {
    public Failed(String words) {
      super(words, null, false, false);
    }
  }

  public Fetched fetch(String address, List<String> headers) {
    URI uri;
    try {
      uri = URI.create(address);
    } catch (IllegalArgumentException e) {
      throw new Refused("the address is not a valid URL");
    }
    if (!allowed.allows(uri)) {
      // the host (an ATS's file server, never personal data) tells the operator what to allow
      throw new Refused(
          "its host "
              + (uri.getHost() == null ? "" : "(" + uri.getHost() + ") ")
              + "is not on the allowed list (telltale.files.allowed-hosts)");
    }
    // one time limit for the whole download, redirects included, so a job keeps within its lease
    long deadline = System.nanoTime() + readTimeout.toNanos() * 2;
    for (int redirects = 0; ; redirects++) {
      HttpResponse<byte[]> response = get(uri, headers, deadline);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        URI next = location(uri, response);
        if (!AllowedOrigins.sameOrigin(uri, next)) {
          throw new Refused("the server redirected to another host");
        }
        if (redirects >= MAX_REDIRECTS) {
          throw new Refused("the server redirected more than " + MAX_REDIRECTS + " times");
        }
        uri = next;
        continue;
      }
      if (status == 408 || status == 429 || status >= 500) {
        throw new Failed("the server answered HTTP " + status);
      }
      if (status != 200) {
        throw new Refused(
            "the server answered HTTP " + status + " (an expired or withdrawn link, or no access)");
      }
      return new Fetched(
          response.body(),
          filename(uri),
          response.headers().firstValue("Content-Type").orElse(null));
    }
  }

  private HttpResponse<byte[]> get(URI uri, List<String> headers, long deadline) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(readTimeout);
    for (int i = 0; i + 1 < headers.size(); i += 2) {
      request.header(headers.get(i), headers.get(i + 1));
    }
    CompletableFuture<HttpResponse<byte[]>> pending =
        client.sendAsync(request.build(), info -> capped(info, maxBytes));
    try {
      // the request timeout covers the wait for headers; the deadline the body as well
      return pending.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw new Failed("the server stalled");
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      throw new Failed("the download was interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Refused refused) {
        throw refused;
      }
      if (cause instanceof HttpTimeoutException) {
        throw new Failed("the server stalled");
      }
      if (cause instanceof IOException || cause instanceof RuntimeException) {
        throw new Failed("the download failed (" + cause.getClass().getSimpleName() + ")");
      }
      throw new Failed("the download failed");
    }
  }

  /** The body as bytes, refused as soon as it is announced or streams past the cap. */
  private static HttpResponse.BodySubscriber<byte[]> capped(
      HttpResponse.ResponseInfo info, long maxBytes) {
    boolean redirect = info.statusCode() >= 300 && info.statusCode() < 400;
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (!redirect && info.statusCode() == 200 && declared > maxBytes) {
      return new Capped(maxBytes, true);
    }
    return new Capped(maxBytes, false);
  }

  private static final class Capped implements HttpResponse.BodySubscriber<byte[]> {
    private final long maxBytes;
    private final boolean refuseAtOnce;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private Flow.Subscription subscription;

    Capped(long maxBytes, boolean refuseAtOnce) {
      this.maxBytes = maxBytes;
      this.refuseAtOnce = refuseAtOnce;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      if (refuseAtOnce) {
        s.cancel();
        body.completeExceptionally(tooLarge(maxBytes));
        return;
      }
      s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer buffer : buffers) {
        if (out.size() + (long) buffer.remaining() > maxBytes) {
          subscription.cancel();
          body.completeExceptionally(tooLarge(maxBytes));
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        out.write(chunk, 0, chunk.length);
      }
      subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
      body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      body.complete(out.toByteArray());
    }
  }

  private static Refused tooLarge(long maxBytes) {
    return new Refused(
        "the file is larger than the limit of " + maxBytes + " bytes (telltale.files.max-bytes)");
  }

  private static URI location(URI from, HttpResponse<?> response) {
    String location =
        response
            .headers()
            .firstValue("Location")
            .orElseThrow(() -> new Refused("the server redirected without saying where"));
    try {
      return from.resolve(location);
    } catch (IllegalArgumentException e) {
      throw new Refused("the server redirected to an invalid address");
    }
  }

  /** The last path segment, which is what the ATS's link names (Greenhouse: resume.pdf). */
  static String filename(URI uri) {
    String path = uri.getPath() == null ? "" : uri.getPath();
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.isBlank() ? null : name.toLowerCase(Locale.ROOT);
  }
}
