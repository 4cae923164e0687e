package org.mentorhub.webinars;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordingTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private static Recording uploaded() {
    return Recording.uploaded(
        "session-1",
        "rec-1",
        "https://storage.example/r.mp4",
        NOW,
        NOW,
        Duration.ofMinutes(50),
        NOW);
  }

  @Test
  void failedCopiesBackOffAndStopAfterTheLastAttempt() {
    Recording recording = uploaded();
    for (int attempt = 1; attempt < Recording.MAX_ATTEMPTS; attempt++) {
      assertThat(recording.copyFailed("timeout", NOW)).isTrue();
      assertThat(recording.nextDelay()).isEqualTo(Duration.ofSeconds(30L << attempt));
    }
    assertThat(recording.copyFailed("timeout", NOW)).isFalse();
    assertThat(recording.status()).isEqualTo(RecordingStatus.FAILED);
  }

  @Test
  void noRetryOnceJaasLinkHasExpired() {
    Recording recording = uploaded();
    assertThat(recording.copyFailed("404", NOW.plus(Duration.ofHours(25)))).isFalse();
    assertThat(recording.status()).isEqualTo(RecordingStatus.FAILED);
  }

  @Test
  void copiedRecordingKeepsItsFile() {
    Recording recording = uploaded();
    recording.copied("/data/recordings/session-1/x.mp4", 1234);
    assertThat(recording.status()).isEqualTo(RecordingStatus.COPIED);
    assertThat(recording.filePath()).endsWith("x.mp4");
    assertThat(recording.sizeBytes()).isEqualTo(1234);
  }
}
