package org.mentorhub.webinar.internal;

import static java.util.Map.entry;

import java.time.Duration;
import java.util.Map;
import java.util.function.BiFunction;
import org.mentorhub.webinar.JitsiException;
import org.mentorhub.webinar.WebhookEnvelope;
import org.mentorhub.webinar.WebhookEvent;
import org.mentorhub.webinar.WebhookEvent.AggregatedReactions;
import org.mentorhub.webinar.WebhookEvent.CallParticipant;
import org.mentorhub.webinar.WebhookEvent.ChatUploaded;
import org.mentorhub.webinar.WebhookEvent.DialInEnded;
import org.mentorhub.webinar.WebhookEvent.DialInStarted;
import org.mentorhub.webinar.WebhookEvent.DialOutEnded;
import org.mentorhub.webinar.WebhookEvent.DialOutStarted;
import org.mentorhub.webinar.WebhookEvent.DocumentAdded;
import org.mentorhub.webinar.WebhookEvent.DocumentDeleted;
import org.mentorhub.webinar.WebhookEvent.Feedback;
import org.mentorhub.webinar.WebhookEvent.LiveStreamEnded;
import org.mentorhub.webinar.WebhookEvent.LiveStreamStarted;
import org.mentorhub.webinar.WebhookEvent.Participant;
import org.mentorhub.webinar.WebhookEvent.ParticipantJoined;
import org.mentorhub.webinar.WebhookEvent.ParticipantJoinedLobby;
import org.mentorhub.webinar.WebhookEvent.ParticipantLeft;
import org.mentorhub.webinar.WebhookEvent.ParticipantLeftLobby;
import org.mentorhub.webinar.WebhookEvent.PollAnswered;
import org.mentorhub.webinar.WebhookEvent.PollCreated;
import org.mentorhub.webinar.WebhookEvent.PollOption;
import org.mentorhub.webinar.WebhookEvent.PollUser;
import org.mentorhub.webinar.WebhookEvent.Reaction;
import org.mentorhub.webinar.WebhookEvent.Reactions;
import org.mentorhub.webinar.WebhookEvent.RecordingEnded;
import org.mentorhub.webinar.WebhookEvent.RecordingParticipant;
import org.mentorhub.webinar.WebhookEvent.RecordingStarted;
import org.mentorhub.webinar.WebhookEvent.RecordingUploaded;
import org.mentorhub.webinar.WebhookEvent.RoleChanged;
import org.mentorhub.webinar.WebhookEvent.RoomCreated;
import org.mentorhub.webinar.WebhookEvent.RoomDestroyed;
import org.mentorhub.webinar.WebhookEvent.RtcStatsUploaded;
import org.mentorhub.webinar.WebhookEvent.ScreenSharingHistory;
import org.mentorhub.webinar.WebhookEvent.SettingsProvisioning;
import org.mentorhub.webinar.WebhookEvent.SipCallInEnded;
import org.mentorhub.webinar.WebhookEvent.SipCallInStarted;
import org.mentorhub.webinar.WebhookEvent.SipCallOutEnded;
import org.mentorhub.webinar.WebhookEvent.SipCallOutStarted;
import org.mentorhub.webinar.WebhookEvent.SpeakerStat;
import org.mentorhub.webinar.WebhookEvent.SpeakerStats;
import org.mentorhub.webinar.WebhookEvent.TranscriptionChunkReceived;
import org.mentorhub.webinar.WebhookEvent.TranscriptionSpeaker;
import org.mentorhub.webinar.WebhookEvent.TranscriptionUploaded;
import org.mentorhub.webinar.WebhookEvent.UnknownEvent;
import org.mentorhub.webinar.WebhookEvent.Usage;
import org.mentorhub.webinar.WebhookEvent.UsageEntry;
import org.mentorhub.webinar.WebhookEvent.VideoSegmentUploaded;

/** Maps a JaaS webhook body onto the {@link WebhookEvent} record for its {@code eventType}. */
public final class WebhookEventParser {

  private static final String SETTINGS_PROVISIONING = "SETTINGS_PROVISIONING";

  /** One reader per documented event type, given the envelope and the {@code data} member. */
  private static final Map<String, BiFunction<WebhookEnvelope, JsonFields, WebhookEvent>> READERS =
      Map.ofEntries(
          entry(
              "ROOM_CREATED",
              (envelope, data) ->
                  new RoomCreated(
                      envelope,
                      data.string("conference"),
                      data.flag("isBreakout"),
                      data.string("breakoutRoomId"))),
          entry(
              "ROOM_DESTROYED",
              (envelope, data) ->
                  new RoomDestroyed(
                      envelope,
                      data.string("conference"),
                      data.flag("isBreakout"),
                      data.string("breakoutRoomId"))),
          entry(
              "PARTICIPANT_JOINED",
              (envelope, data) -> new ParticipantJoined(envelope, participant(data))),
          entry(
              "PARTICIPANT_LEFT",
              (envelope, data) ->
                  new ParticipantLeft(
                      envelope, participant(data), data.string("disconnectReason"))),
          entry(
              "PARTICIPANT_JOINED_LOBBY",
              (envelope, data) -> new ParticipantJoinedLobby(envelope, participant(data))),
          entry(
              "PARTICIPANT_LEFT_LOBBY",
              (envelope, data) ->
                  new ParticipantLeftLobby(
                      envelope, participant(data), data.string("disconnectReason"))),
          entry(
              "RECORDING_STARTED",
              (envelope, data) -> new RecordingStarted(envelope, data.string("conference"))),
          entry(
              "RECORDING_ENDED",
              (envelope, data) -> new RecordingEnded(envelope, data.string("conference"))),
          entry("RECORDING_UPLOADED", WebhookEventParser::recordingUploaded),
          entry(
              "TRANSCRIPTION_UPLOADED",
              (envelope, data) ->
                  new TranscriptionUploaded(envelope, data.string("preAuthenticatedLink"))),
          entry(
              "CHAT_UPLOADED",
              (envelope, data) -> new ChatUploaded(envelope, data.string("preAuthenticatedLink"))),
          entry(
              "LIVE_STREAM_STARTED",
              (envelope, data) -> new LiveStreamStarted(envelope, data.string("conference"))),
          entry(
              "LIVE_STREAM_ENDED",
              (envelope, data) -> new LiveStreamEnded(envelope, data.string("conference"))),
          entry(SETTINGS_PROVISIONING, (envelope, data) -> new SettingsProvisioning(envelope)),
          entry(
              "SIP_CALL_IN_STARTED",
              (envelope, data) ->
                  new SipCallInStarted(envelope, callParticipant(data), data.string("sipAddress"))),
          entry(
              "SIP_CALL_IN_ENDED",
              (envelope, data) -> new SipCallInEnded(envelope, callParticipant(data))),
          entry(
              "SIP_CALL_OUT_STARTED",
              (envelope, data) ->
                  new SipCallOutStarted(
                      envelope, callParticipant(data), data.string("sipAddress"))),
          entry(
              "SIP_CALL_OUT_ENDED",
              (envelope, data) -> new SipCallOutEnded(envelope, callParticipant(data))),
          entry(
              "DIAL_IN_STARTED",
              (envelope, data) -> new DialInStarted(envelope, callParticipant(data))),
          entry(
              "DIAL_IN_ENDED",
              (envelope, data) -> new DialInEnded(envelope, callParticipant(data))),
          entry(
              "DIAL_OUT_STARTED",
              (envelope, data) -> new DialOutStarted(envelope, callParticipant(data))),
          entry(
              "DIAL_OUT_ENDED",
              (envelope, data) -> new DialOutEnded(envelope, callParticipant(data))),
          entry(
              "FEEDBACK",
              (envelope, data) ->
                  new Feedback(
                      envelope,
                      (int) data.number("rating", -1),
                      data.string("comments"),
                      data.string("userId"))),
          entry(
              "USAGE",
              (envelope, data) ->
                  new Usage(
                      envelope,
                      data.elements().stream().map(WebhookEventParser::usageEntry).toList())),
          entry(
              "SPEAKER_STATS",
              (envelope, data) ->
                  new SpeakerStats(envelope, data.members(WebhookEventParser::speakerStat))),
          entry(
              "POLL_CREATED",
              (envelope, data) ->
                  new PollCreated(
                      envelope,
                      data.string("pollId"),
                      data.string("question"),
                      data.elements("answers", WebhookEventParser::pollOption),
                      pollUser(data.field("user")),
                      data.flag("isBreakout"),
                      data.string("breakoutRoomId"))),
          entry(
              "POLL_ANSWER",
              (envelope, data) ->
                  new PollAnswered(
                      envelope,
                      data.string("pollId"),
                      data.elements("answers", WebhookEventParser::pollOption),
                      pollUser(data.field("user")),
                      data.flag("isBreakout"),
                      data.string("breakoutRoomId"))),
          entry(
              "REACTIONS",
              (envelope, data) ->
                  new Reactions(
                      envelope,
                      data.string("participantId"),
                      data.string("participantJid"),
                      data.string("participantName"),
                      data.elements("reactions", JsonFields::text))),
          entry(
              "AGGREGATED_REACTIONS",
              (envelope, data) ->
                  new AggregatedReactions(
                      envelope,
                      data.elements().stream().map(WebhookEventParser::reaction).toList())),
          entry(
              "SCREEN_SHARING_HISTORY",
              (envelope, data) ->
                  new ScreenSharingHistory(
                      envelope,
                      data.string("preAuthenticatedLink"),
                      data.string("preAuthenticatedLinkV2"),
                      data.epochMillis("linkExpiration"))),
          entry(
              "VIDEO_SEGMENT_UPLOADED",
              (envelope, data) ->
                  new VideoSegmentUploaded(
                      envelope,
                      data.string("preAuthenticatedLink"),
                      data.epochMillis("linkExpiration"),
                      data.epochMillis("startTimestamp"),
                      data.epochMillis("endTimestamp"),
                      data.string("recordingSessionId"))),
          entry(
              "ROLE_CHANGED",
              (envelope, data) ->
                  new RoleChanged(
                      envelope,
                      data.string("role"),
                      data.field("grantedTo").string("participantJid"),
                      data.field("grantedBy").string("participantJid"))),
          entry(
              "RTCSTATS_UPLOADED",
              (envelope, data) ->
                  new RtcStatsUploaded(
                      envelope,
                      data.string("statsUrl"),
                      data.string("participantId"),
                      data.string("participantName"),
                      data.string("endpointId"))),
          entry(
              "TRANSCRIPTION_CHUNK_RECEIVED",
              (envelope, data) ->
                  new TranscriptionChunkReceived(
                      envelope,
                      data.string("final"),
                      data.string("language"),
                      data.string("messageID"),
                      transcriptionSpeaker(data.field("participant")))),
          entry(
              "DOCUMENT_ADDED",
              (envelope, data) ->
                  new DocumentAdded(
                      envelope,
                      data.string("preAuthenticatedLink"),
                      data.epochMillis("linkExpiration"),
                      data.string("fileName"),
                      data.string("fileId"),
                      data.number("fileSize", 0),
                      data.string("initiatorId"),
                      data.epochMillis("fileCreatedAt"))),
          entry(
              "DOCUMENT_DELETED",
              (envelope, data) ->
                  new DocumentDeleted(
                      envelope,
                      data.string("fileId"),
                      data.string("fileName"),
                      data.string("initiatorId"))));

  private WebhookEventParser() {}

  /** See {@link WebhookEvent#parse(String)}. */
  public static WebhookEvent parse(String json) {
    JsonFields body = JsonFields.parseObject(json);
    String eventType = body.string("eventType");
    if (eventType == null) {
      // The settings-provisioning call is the one webhook without an eventType: just {"fqn": ...}.
      if (body.string("fqn") == null) {
        throw new JitsiException("The webhook body has neither eventType nor fqn");
      }
      eventType = SETTINGS_PROVISIONING;
    }
    WebhookEnvelope envelope =
        new WebhookEnvelope(
            body.string("idempotencyKey"),
            body.string("customerId"),
            body.string("appId"),
            eventType,
            body.string("sessionId"),
            body.epochMillis("timestamp"),
            body.string("fqn"));
    JsonFields data = body.field("data");
    BiFunction<WebhookEnvelope, JsonFields, WebhookEvent> reader = READERS.get(eventType);
    return reader == null
        ? new UnknownEvent(envelope, data.frozen())
        : reader.apply(envelope, data);
  }

  private static Participant participant(JsonFields data) {
    return new Participant(
        data.string("id"),
        data.string("name"),
        data.string("email"),
        data.string("avatar"),
        data.string("group"),
        data.flag("moderator"),
        data.flag("hidden-from-recorder"),
        data.string("participantId"),
        data.string("participantJid"),
        data.flag("isBreakout"),
        data.string("breakoutRoomId"));
  }

  private static CallParticipant callParticipant(JsonFields data) {
    return new CallParticipant(
        data.string("participantId"), data.string("participantJid"), data.string("nick"));
  }

  private static RecordingUploaded recordingUploaded(WebhookEnvelope envelope, JsonFields data) {
    long durationSeconds = data.number("durationSec", 0);
    return new RecordingUploaded(
        envelope,
        data.elements(
            "participants",
            participant ->
                new RecordingParticipant(
                    participant.string("id"),
                    participant.string("name"),
                    participant.string("avatar"))),
        data.string("preAuthenticatedLink"),
        data.flag("share"),
        data.string("initiatorId"),
        Duration.ofSeconds(durationSeconds),
        data.epochMillis("startTimestamp"),
        data.epochMillis("endTimestamp"),
        data.string("recordingSessionId"));
  }

  private static UsageEntry usageEntry(JsonFields entry) {
    return new UsageEntry(
        entry.string("customerId"),
        entry.string("deviceId"),
        entry.string("email"),
        entry.string("kid"),
        entry.string("userId"),
        entry.string("callDirection"));
  }

  private static SpeakerStat speakerStat(JsonFields stat) {
    return new SpeakerStat(
        stat.string("id"),
        stat.string("name"),
        stat.string("email"),
        stat.string("avatar"),
        Duration.ofMillis(stat.number("time", 0)));
  }

  private static PollOption pollOption(JsonFields option) {
    String selected = option.string("value");
    return new PollOption(
        option.number("key", 0),
        option.string("name"),
        selected == null ? null : Boolean.valueOf(selected));
  }

  private static PollUser pollUser(JsonFields user) {
    return new PollUser(
        user.string("id"),
        user.string("name"),
        user.string("email"),
        user.string("participantJid"),
        user.string("currentName"));
  }

  private static Reaction reaction(JsonFields reaction) {
    return new Reaction(
        reaction.string("participantId"),
        reaction.string("participantName"),
        reaction.epochMillis("timestamp"),
        reaction.string("reaction"));
  }

  private static TranscriptionSpeaker transcriptionSpeaker(JsonFields participant) {
    return new TranscriptionSpeaker(
        participant.string("id"),
        participant.string("name"),
        participant.string("userId"),
        participant.string("email"),
        participant.string("avatarUrl"));
  }
}
