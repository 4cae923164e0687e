package org.mentorhub.platform.cluster;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.mentorhub.platform.persistence.DatabaseMigrations;

/**
 * Secrets that no operator configured but that every node must agree on: a dev-mode Jitsi key that
 * one node signs join links with and another verifies, an unsubscribe key one node puts in an email
 * and any node must accept. The first node to need one stores what it made; a node that loses the
 * insert race reads the winner's, so all nodes end up with one value.
 */
@ApplicationScoped
public class SharedSecrets {

  @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
  DataSource dataSource;

  /**
   * The secret stored under {@code name}, made by {@code make} and stored if no node has made one
   * yet. {@code made} tells the caller whether this node made it (to log it once).
   */
  public Secret get(String name, Supplier<String> make) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      Optional<String> existing = read(c, name);
      if (existing.isPresent()) {
        return new Secret(existing.get(), false);
      }
      String fresh = make.get();
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO shared_secret (name, secret, created_at) VALUES (?, ?, ?)")) {
        s.setString(1, name);
        s.setString(2, fresh);
        s.setTimestamp(3, Timestamp.from(Instant.now()));
        s.executeUpdate();
        return new Secret(fresh, true);
      } catch (SQLException lostTheRace) {
        return new Secret(
            read(c, name)
                .orElseThrow(
                    () -> new IllegalStateException("Could not store secret " + name, lostTheRace)),
            false);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read shared secret " + name, e);
    }
  }

  private static Optional<String> read(Connection c, String name) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT secret FROM shared_secret WHERE name = ?")) {
      s.setString(1, name);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  /** A shared secret, and whether this node just made it. */
  public record Secret(String value, boolean madeHere) {}
}
