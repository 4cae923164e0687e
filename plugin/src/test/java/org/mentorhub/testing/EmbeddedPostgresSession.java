package org.mentorhub.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a real PostgreSQL before any test class when the build asks for one (system property
 * {@code mentorhub.it.postgres-port}), so the Payara Micro that Arquillian starts afterwards finds
 * its database at the URL the failsafe execution configured.
 */
public class EmbeddedPostgresSession implements LauncherSessionListener {

  private EmbeddedPostgres postgres;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String port = System.getProperty("mentorhub.it.postgres-port");
    if (port == null || port.isBlank()) {
      return;
    }
    try {
      postgres = EmbeddedPostgres.builder().setPort(Integer.parseInt(port)).start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start embedded PostgreSQL on port " + port, e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
