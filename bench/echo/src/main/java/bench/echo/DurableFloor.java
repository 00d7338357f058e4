package bench.echo;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Stateless;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

/**
 * The durable floor the screening is compared with: what any webhook receiver that keeps what it
 * acknowledges must do at least. It verifies Greenhouse's body HMAC (`Signature: sha256 <hex>`)
 * and stores the raw body in one committed transaction (a container-managed transaction of this
 * stateless bean) in the same database as the service, through a pool like the service's.
 */
@Stateless
@Path("durable/webhooks/greenhouse")
@DataSourceDefinition(
    name = DurableFloor.JNDI,
    className = "${MPCONFIG=bench.floor.class}",
    url = "${MPCONFIG=bench.floor.url}",
    user = "${MPCONFIG=bench.floor.user}",
    password = "${MPCONFIG=bench.floor.password}",
    minPoolSize = 2,
    maxPoolSize = 16)
public class DurableFloor {
  static final String JNDI = "java:app/jdbc/floor";

  @Resource(lookup = JNDI)
  DataSource data;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response receive(@HeaderParam("Signature") String signature, byte[] body)
      throws SQLException {
    if (!verifies(signature, body)) {
      return Response.status(401).entity("{\"code\":\"invalid_signature\"}").build();
    }
    try (Connection connection = data.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO floor_delivery (received_at, body) VALUES (?, ?)")) {
      insert.setTimestamp(1, Timestamp.from(Instant.now()));
      insert.setBytes(2, body);
      insert.executeUpdate();
    }
    return Response.ok("{\"status\":\"stored\"}").build();
  }

  private static boolean verifies(String signature, byte[] body) {
    if (signature == null || !signature.startsWith("sha256 ")) {
      return false;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      String secret = System.getProperty("bench.floor.secret", "bench-greenhouse-secret");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] expected = mac.doFinal(body);
      byte[] sent = HexFormat.of().parseHex(signature.substring("sha256 ".length()).trim());
      return MessageDigest.isEqual(expected, sent);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }
}
