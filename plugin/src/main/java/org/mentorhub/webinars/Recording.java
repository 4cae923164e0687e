package org.mentorhub.webinars;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A recording JaaS uploaded for a session. JaaS deletes its copy after 24 hours, so the file is
 * copied into our storage in the background, with retries, and served from there.
 */
@Entity
@Table(name = "webinar_recording")
public class Recording {

  /** How long JaaS keeps the pre-authenticated download link valid. */
  static final Duration LINK_LIFETIME = Duration.ofHours(24);

  /** Attempts before the copy is given up; the backoff spreads them over about two hours. */
  static final int MAX_ATTEMPTS = 6;

  @Id private String id;

  @Column(name = "session_id", nullable = false)
  private String sessionId;

  @Column(name = "recording_session_id")
  private String recordingSessionId;

  @Column(name = "download_link", nullable = false)
  private String downloadLink;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "duration_seconds")
  private Long durationSeconds;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RecordingStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "file_path")
  private String filePath;

  @Column(name = "size_bytes")
  private Long sizeBytes;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Version private long version;

  protected Recording() {}

  static Recording uploaded(
      String sessionId,
      String recordingSessionId,
      String downloadLink,
      Instant startedAt,
      Instant endedAt,
      Duration duration,
      Instant now) {
    Recording recording = new Recording();
    recording.id = UUID.randomUUID().toString();
    recording.sessionId = sessionId;
    recording.recordingSessionId = recordingSessionId;
    recording.downloadLink = downloadLink;
    recording.startedAt = startedAt;
    recording.endedAt = endedAt;
    recording.durationSeconds = duration == null ? null : duration.toSeconds();
    recording.status = RecordingStatus.PENDING;
    recording.receivedAt = now;
    return recording;
  }

  void copied(String path, long size) {
    status = RecordingStatus.COPIED;
    attempts++;
    filePath = path;
    sizeBytes = size;
    lastError = null;
  }

  /** Notes a failed attempt; returns whether another one is worth making. */
  boolean copyFailed(String error, Instant now) {
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    if (attempts >= MAX_ATTEMPTS || !now.isBefore(linkExpiresAt())) {
      status = RecordingStatus.FAILED;
      return false;
    }
    return true;
  }

  /** Waits 30 s, 1 min, 2 min, ... between attempts, capped at an hour. */
  Duration nextDelay() {
    return Duration.ofSeconds(Math.min(3600, 30L << Math.min(attempts, 10)));
  }

  Instant linkExpiresAt() {
    return receivedAt.plus(LINK_LIFETIME);
  }

  public String id() {
    return id;
  }

  public String sessionId() {
    return sessionId;
  }

  public String downloadLink() {
    return downloadLink;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant endedAt() {
    return endedAt;
  }

  public Long durationSeconds() {
    return durationSeconds;
  }

  public RecordingStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public String filePath() {
    return filePath;
  }

  public Long sizeBytes() {
    return sizeBytes;
  }
}
