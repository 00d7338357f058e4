package telltale.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A loopback TCP relay between the service and its database, so a test can take the database away
 * (every connection cut, new ones refused) and bring it back, without touching the server.
 */
public final class TcpProxy implements AutoCloseable {
  private final int targetPort;
  private final ServerSocket server;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final AtomicReference<Trap> trap = new AtomicReference<>();
  private volatile boolean up = true;

  /** A cut waiting for a transaction that sent a statement containing {@code statement}. */
  private record Trap(String statement, CountDownLatch sprung) {}

  public TcpProxy(int targetPort) throws IOException {
    this.targetPort = targetPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "tcp-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  /** Cuts every relayed connection and refuses new ones until {@link #restore()}. */
  public void cut() {
    up = false;
    for (Socket socket : open) {
      close(socket);
    }
    open.clear();
  }

  public void restore() {
    up = true;
  }

  /**
   * Arms a {@link #cut()} for the moment a connection that sent a statement containing {@code
   * statement} passes on its COMMIT: the database gets the COMMIT, the service never hears back, so
   * the outcome of that transaction is unknown to it. The SQL must cross the wire as text:
   * PostgreSQL's driver needs prepareThreshold=0 in its URL, or it names statements after first
   * use.
   */
  public void cutAtCommitOf(String statement) {
    trap.set(new Trap(statement, new CountDownLatch(1)));
  }

  /** Waits for the armed cut; false when no such commit came in time. */
  public boolean awaitCutAtCommit(long timeout, TimeUnit unit) throws InterruptedException {
    Trap armed = trap.get();
    return armed != null && armed.sprung().await(timeout, unit);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        if (!up) {
          close(client);
          continue;
        }
        Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        open.add(client);
        open.add(target);
        pump(client, target, true);
        pump(target, client, false);
      } catch (IOException e) {
        // closed or target refused; the client sees a broken connection
      }
    }
  }

  private void pump(Socket from, Socket to, boolean toDatabase) {
    Thread thread =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                byte[] buffer = new byte[16384];
                boolean sentStatement = false;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                  out.write(buffer, 0, n);
                  out.flush();
                  Trap armed = toDatabase ? trap.get() : null;
                  if (armed != null && armed.sprung().getCount() > 0) {
                    String sent = new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
                    sentStatement |= sent.contains(armed.statement());
                    if (sentStatement && sent.contains("COMMIT")) {
                      cut();
                      armed.sprung().countDown();
                    }
                    sentStatement &= !sent.contains("COMMIT") && !sent.contains("ROLLBACK");
                  }
                }
              } catch (IOException e) {
                // connection ended
              } finally {
                close(from);
                close(to);
              }
            },
            "tcp-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    cut();
    server.close();
  }
}
