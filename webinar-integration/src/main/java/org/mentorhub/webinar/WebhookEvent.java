package org.mentorhub.webinar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.mentorhub.webinar.internal.WebhookEventParser;

/**
 * A JaaS webhook event, one record per documented event type plus {@link UnknownEvent} for types
 * this library does not know yet.
 *
 * <p>Fields follow the JaaS "Payload structure" documentation. A field JaaS leaves out is null (or
 * false, or empty), so a thin payload never fails to parse. Parse only bodies that {@link
 * WebhookVerifier} has accepted.
 */
public sealed interface WebhookEvent {

  /** The fields common to every event. */
  WebhookEnvelope envelope();

  /**
   * Parses a webhook body.
   *
   * @throws JitsiException if the body is not a JSON object, or has neither {@code eventType} nor
   *     {@code fqn}
   */
  static WebhookEvent parse(String json) {
    return WebhookEventParser.parse(json);
  }

  /** ROOM_CREATED: a conference, possibly a breakout room, was created. */
  record RoomCreated(
      WebhookEnvelope envelope, String conference, boolean breakout, String breakoutRoomId)
      implements WebhookEvent {}

  /** ROOM_DESTROYED: a conference, possibly a breakout room, ended. */
  record RoomDestroyed(
      WebhookEnvelope envelope, String conference, boolean breakout, String breakoutRoomId)
      implements WebhookEvent {}

  /** PARTICIPANT_JOINED: someone entered the meeting. */
  record ParticipantJoined(WebhookEnvelope envelope, Participant participant)
      implements WebhookEvent {}

  /**
   * PARTICIPANT_LEFT: someone left the meeting.
   *
   * @param disconnectReason {@code left}, {@code kicked}, {@code unknown} (connection trouble),
   *     {@code switch_room} (moved to or from a breakout room) or {@code unrecoverable_error}
   */
  record ParticipantLeft(WebhookEnvelope envelope, Participant participant, String disconnectReason)
      implements WebhookEvent {}

  /** PARTICIPANT_JOINED_LOBBY: someone is waiting in the lobby. */
  record ParticipantJoinedLobby(WebhookEnvelope envelope, Participant participant)
      implements WebhookEvent {}

  /**
   * PARTICIPANT_LEFT_LOBBY: someone left the lobby.
   *
   * @param disconnectReason {@code left} or {@code kicked}
   */
  record ParticipantLeftLobby(
      WebhookEnvelope envelope, Participant participant, String disconnectReason)
      implements WebhookEvent {}

  /** RECORDING_STARTED: recording began. */
  record RecordingStarted(WebhookEnvelope envelope, String conference) implements WebhookEvent {}

  /** RECORDING_ENDED: recording stopped. */
  record RecordingEnded(WebhookEnvelope envelope, String conference) implements WebhookEvent {}

  /**
   * RECORDING_UPLOADED: a recording is ready to download.
   *
   * @param downloadLink pre-authenticated URL, valid for 24 hours
   * @param shared whether the recording is shared
   * @param initiatorId the JWT user id of whoever started the recording
   */
  record RecordingUploaded(
      WebhookEnvelope envelope,
      List<RecordingParticipant> participants,
      String downloadLink,
      boolean shared,
      String initiatorId,
      Duration duration,
      Instant startedAt,
      Instant endedAt,
      String recordingSessionId)
      implements WebhookEvent {}

  /** TRANSCRIPTION_UPLOADED: the transcript is ready; the link is valid for 24 hours. */
  record TranscriptionUploaded(WebhookEnvelope envelope, String downloadLink)
      implements WebhookEvent {}

  /** CHAT_UPLOADED: the chat log is ready; the link is valid for 24 hours. */
  record ChatUploaded(WebhookEnvelope envelope, String downloadLink) implements WebhookEvent {}

  /** LIVE_STREAM_STARTED: live streaming began. */
  record LiveStreamStarted(WebhookEnvelope envelope, String conference) implements WebhookEvent {}

  /** LIVE_STREAM_ENDED: live streaming stopped. */
  record LiveStreamEnded(WebhookEnvelope envelope, String conference) implements WebhookEvent {}

  /**
   * SETTINGS_PROVISIONING: JaaS asks, before a meeting starts, which settings the room should get;
   * the body carries only {@code fqn} and the endpoint must answer with the settings JSON.
   */
  record SettingsProvisioning(WebhookEnvelope envelope) implements WebhookEvent {}

  /** SIP_CALL_IN_STARTED: a SIP caller joined. */
  record SipCallInStarted(WebhookEnvelope envelope, CallParticipant caller, String sipAddress)
      implements WebhookEvent {}

  /** SIP_CALL_IN_ENDED: a SIP caller left. */
  record SipCallInEnded(WebhookEnvelope envelope, CallParticipant caller) implements WebhookEvent {}

  /** SIP_CALL_OUT_STARTED: the meeting called a SIP address. */
  record SipCallOutStarted(WebhookEnvelope envelope, CallParticipant callee, String sipAddress)
      implements WebhookEvent {}

  /** SIP_CALL_OUT_ENDED: an outgoing SIP call ended. */
  record SipCallOutEnded(WebhookEnvelope envelope, CallParticipant callee)
      implements WebhookEvent {}

  /** DIAL_IN_STARTED: a phone caller joined; {@code nick} is the phone number. */
  record DialInStarted(WebhookEnvelope envelope, CallParticipant caller) implements WebhookEvent {}

  /** DIAL_IN_ENDED: a phone caller left. */
  record DialInEnded(WebhookEnvelope envelope, CallParticipant caller) implements WebhookEvent {}

  /** DIAL_OUT_STARTED: the meeting called a phone number. */
  record DialOutStarted(WebhookEnvelope envelope, CallParticipant callee) implements WebhookEvent {}

  /** DIAL_OUT_ENDED: an outgoing phone call ended. */
  record DialOutEnded(WebhookEnvelope envelope, CallParticipant callee) implements WebhookEvent {}

  /**
   * FEEDBACK: someone rated the meeting.
   *
   * @param rating 1 to 5, or -1 when no rating was given
   * @param userId the JWT user id of whoever gave the feedback
   */
  record Feedback(WebhookEnvelope envelope, int rating, String comments, String userId)
      implements WebhookEvent {}

  /** USAGE: monthly-active-user accounting as participants join. */
  record Usage(WebhookEnvelope envelope, List<UsageEntry> entries) implements WebhookEvent {}

  /** SPEAKER_STATS: speaking time per participant, keyed by full XMPP JID. */
  record SpeakerStats(WebhookEnvelope envelope, Map<String, SpeakerStat> byParticipantJid)
      implements WebhookEvent {}

  /** POLL_CREATED: a poll was opened. */
  record PollCreated(
      WebhookEnvelope envelope,
      String pollId,
      String question,
      List<PollOption> options,
      PollUser creator,
      boolean breakout,
      String breakoutRoomId)
      implements WebhookEvent {}

  /** POLL_ANSWER: someone answered a poll; {@link PollOption#selected()} holds their choices. */
  record PollAnswered(
      WebhookEnvelope envelope,
      String pollId,
      List<PollOption> options,
      PollUser voter,
      boolean breakout,
      String breakoutRoomId)
      implements WebhookEvent {}

  /** REACTIONS: reactions one participant sent within a short interval. */
  record Reactions(
      WebhookEnvelope envelope,
      String participantId,
      String participantJid,
      String participantName,
      List<String> reactions)
      implements WebhookEvent {}

  /** AGGREGATED_REACTIONS: every reaction of a meeting, sent after ROOM_DESTROYED. */
  record AggregatedReactions(WebhookEnvelope envelope, List<Reaction> reactions)
      implements WebhookEvent {}

  /** SCREEN_SHARING_HISTORY: screenshots taken while someone shared a screen. */
  record ScreenSharingHistory(
      WebhookEnvelope envelope,
      String downloadLink,
      String paginatedDownloadLink,
      Instant linkExpiresAt)
      implements WebhookEvent {}

  /** VIDEO_SEGMENT_UPLOADED: a 90-second excerpt of a recording is ready. */
  record VideoSegmentUploaded(
      WebhookEnvelope envelope,
      String downloadLink,
      Instant linkExpiresAt,
      Instant startedAt,
      Instant endedAt,
      String recordingSessionId)
      implements WebhookEvent {}

  /** ROLE_CHANGED: a participant was made moderator by another. */
  record RoleChanged(
      WebhookEnvelope envelope, String role, String grantedToJid, String grantedByJid)
      implements WebhookEvent {}

  /** RTCSTATS_UPLOADED: WebRTC statistics of a departed participant; link valid 48 hours. */
  record RtcStatsUploaded(
      WebhookEnvelope envelope,
      String statsUrl,
      String participantId,
      String participantName,
      String endpointId)
      implements WebhookEvent {}

  /** TRANSCRIPTION_CHUNK_RECEIVED: a final phrase of live transcription. */
  record TranscriptionChunkReceived(
      WebhookEnvelope envelope,
      String text,
      String language,
      String messageId,
      TranscriptionSpeaker speaker)
      implements WebhookEvent {}

  /** DOCUMENT_ADDED: a file was shared in the meeting. */
  record DocumentAdded(
      WebhookEnvelope envelope,
      String downloadLink,
      Instant linkExpiresAt,
      String fileName,
      String fileId,
      long fileSizeBytes,
      String initiatorId,
      Instant createdAt)
      implements WebhookEvent {}

  /** DOCUMENT_DELETED: a shared file was removed. */
  record DocumentDeleted(
      WebhookEnvelope envelope, String fileId, String fileName, String initiatorId)
      implements WebhookEvent {}

  /**
   * An event type this library does not model; kept rather than rejected so new JaaS events never
   * break the endpoint.
   *
   * @param data the {@code data} member as an unmodifiable tree of maps, lists, strings, numbers
   *     and booleans, or null when absent
   */
  record UnknownEvent(WebhookEnvelope envelope, Object data) implements WebhookEvent {}

  /**
   * A participant as reported by participant and lobby events.
   *
   * @param id the {@code context.user.id} of the participant's token, i.e. our member id
   * @param participantId JaaS's own id for the participant, used to kick them
   * @param participantJid the participant's XMPP address
   * @param group the {@code context.group} of the token
   * @param breakout whether the event happened in a breakout room
   * @param breakoutRoomId the breakout room, or null in the main room
   */
  record Participant(
      String id,
      String name,
      String email,
      String avatar,
      String group,
      boolean moderator,
      boolean hiddenFromRecorder,
      String participantId,
      String participantJid,
      boolean breakout,
      String breakoutRoomId) {}

  /** Someone present when a recording was uploaded, identified by JWT user id. */
  record RecordingParticipant(String id, String name, String avatar) {}

  /**
   * The far end of a SIP or phone call.
   *
   * @param nick a readable caller id (SIP) or the phone number (dial-in/out); null for ends
   */
  record CallParticipant(String participantId, String participantJid, String nick) {}

  /**
   * One counted participant device in a USAGE event.
   *
   * @param callDirection {@code in} or {@code out} for phone participants, otherwise null
   */
  record UsageEntry(
      String customerId,
      String deviceId,
      String email,
      String kid,
      String userId,
      String callDirection) {}

  /** How long one participant spoke. */
  record SpeakerStat(String id, String name, String email, String avatar, Duration speakingTime) {}

  /**
   * One poll option.
   *
   * @param selected whether the voter ticked it (POLL_ANSWER), or null (POLL_CREATED)
   */
  record PollOption(long key, String name, Boolean selected) {}

  /**
   * Who created or answered a poll.
   *
   * @param currentName the display name at that moment; {@code name} is the one from the token
   */
  record PollUser(
      String id, String name, String email, String participantJid, String currentName) {}

  /** A single reaction in AGGREGATED_REACTIONS. */
  record Reaction(String participantId, String participantName, Instant at, String reaction) {}

  /**
   * The speaker of a transcription chunk.
   *
   * @param id Jitsi's id of the participant
   * @param userId the JWT user id
   */
  record TranscriptionSpeaker(
      String id, String name, String userId, String email, String avatarUrl) {}
}
