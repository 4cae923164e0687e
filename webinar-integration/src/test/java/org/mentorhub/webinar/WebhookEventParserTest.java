package org.mentorhub.webinar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentorhub.webinar.WebhookEvent.AggregatedReactions;
import org.mentorhub.webinar.WebhookEvent.CallParticipant;
import org.mentorhub.webinar.WebhookEvent.DialInStarted;
import org.mentorhub.webinar.WebhookEvent.DocumentAdded;
import org.mentorhub.webinar.WebhookEvent.Feedback;
import org.mentorhub.webinar.WebhookEvent.Participant;
import org.mentorhub.webinar.WebhookEvent.ParticipantJoined;
import org.mentorhub.webinar.WebhookEvent.ParticipantLeft;
import org.mentorhub.webinar.WebhookEvent.ParticipantLeftLobby;
import org.mentorhub.webinar.WebhookEvent.PollAnswered;
import org.mentorhub.webinar.WebhookEvent.PollCreated;
import org.mentorhub.webinar.WebhookEvent.PollOption;
import org.mentorhub.webinar.WebhookEvent.PollUser;
import org.mentorhub.webinar.WebhookEvent.Reaction;
import org.mentorhub.webinar.WebhookEvent.RecordingParticipant;
import org.mentorhub.webinar.WebhookEvent.RecordingUploaded;
import org.mentorhub.webinar.WebhookEvent.RoleChanged;
import org.mentorhub.webinar.WebhookEvent.RoomCreated;
import org.mentorhub.webinar.WebhookEvent.SettingsProvisioning;
import org.mentorhub.webinar.WebhookEvent.SipCallInStarted;
import org.mentorhub.webinar.WebhookEvent.SpeakerStat;
import org.mentorhub.webinar.WebhookEvent.SpeakerStats;
import org.mentorhub.webinar.WebhookEvent.TranscriptionChunkReceived;
import org.mentorhub.webinar.WebhookEvent.TranscriptionSpeaker;
import org.mentorhub.webinar.WebhookEvent.UnknownEvent;
import org.mentorhub.webinar.WebhookEvent.Usage;
import org.mentorhub.webinar.WebhookEvent.UsageEntry;

class WebhookEventParserTest {

  private static final String APP_ID = "vpaas-magic-cookie-0a1b2c3d4e5f40718293a4b5c6d7e8f9";
  private static final String ROOM = "mentor-circle-k2mxq7d4vbn3a6ty";

  private static WebhookEvent sample(String eventType) {
    return WebhookEvent.parse(TestResources.text("webhooks/" + eventType + ".json"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ROOM_CREATED, RoomCreated",
    "ROOM_DESTROYED, RoomDestroyed",
    "PARTICIPANT_JOINED, ParticipantJoined",
    "PARTICIPANT_LEFT, ParticipantLeft",
    "PARTICIPANT_JOINED_LOBBY, ParticipantJoinedLobby",
    "PARTICIPANT_LEFT_LOBBY, ParticipantLeftLobby",
    "RECORDING_STARTED, RecordingStarted",
    "RECORDING_ENDED, RecordingEnded",
    "RECORDING_UPLOADED, RecordingUploaded",
    "TRANSCRIPTION_UPLOADED, TranscriptionUploaded",
    "CHAT_UPLOADED, ChatUploaded",
    "LIVE_STREAM_STARTED, LiveStreamStarted",
    "LIVE_STREAM_ENDED, LiveStreamEnded",
    "SIP_CALL_IN_STARTED, SipCallInStarted",
    "SIP_CALL_IN_ENDED, SipCallInEnded",
    "SIP_CALL_OUT_STARTED, SipCallOutStarted",
    "SIP_CALL_OUT_ENDED, SipCallOutEnded",
    "DIAL_IN_STARTED, DialInStarted",
    "DIAL_IN_ENDED, DialInEnded",
    "DIAL_OUT_STARTED, DialOutStarted",
    "DIAL_OUT_ENDED, DialOutEnded",
    "FEEDBACK, Feedback",
    "USAGE, Usage",
    "SPEAKER_STATS, SpeakerStats",
    "POLL_CREATED, PollCreated",
    "POLL_ANSWER, PollAnswered",
    "REACTIONS, Reactions",
    "AGGREGATED_REACTIONS, AggregatedReactions",
    "SCREEN_SHARING_HISTORY, ScreenSharingHistory",
    "VIDEO_SEGMENT_UPLOADED, VideoSegmentUploaded",
    "ROLE_CHANGED, RoleChanged",
    "RTCSTATS_UPLOADED, RtcStatsUploaded",
    "TRANSCRIPTION_CHUNK_RECEIVED, TranscriptionChunkReceived",
    "DOCUMENT_ADDED, DocumentAdded",
    "DOCUMENT_DELETED, DocumentDeleted"
  })
  void everyDocumentedEventTypeBecomesItsOwnRecordWithTheEnvelope(
      String eventType, String recordName) {
    WebhookEvent event = sample(eventType);

    assertThat(event.getClass().getSimpleName()).isEqualTo(recordName);
    assertThat(event.envelope())
        .isEqualTo(
            new WebhookEnvelope(
                event.envelope().idempotencyKey(),
                "0a1b2c3d4e5f40718293a4b5c6d7e8f9",
                APP_ID,
                eventType,
                "c3348153-1027-4382-afad-5ae91b433c26",
                Instant.ofEpochMilli(1740830400123L),
                APP_ID + "/" + ROOM));
    assertThat(event.envelope().idempotencyKey()).startsWith("d11f155d-");
    assertThat(event.envelope().room()).isEqualTo(ROOM);
  }

  @Test
  void participantJoinedCarriesOurMemberIdAsId() {
    ParticipantJoined joined = (ParticipantJoined) sample("PARTICIPANT_JOINED");

    assertThat(joined.participant())
        .isEqualTo(
            new Participant(
                "member-42",
                "Ada Mentor",
                "ada@example.org",
                "https://mentorhub.example.org/avatars/42.png",
                APP_ID,
                true,
                false,
                "5f0c2a1e",
                "5f0c2a1e-7b7d-4c1e-9a57-2f7f5b0e9c11@8x8.vc",
                false,
                null));
  }

  @Test
  void participantLeftCarriesReasonAndBreakoutRoom() {
    ParticipantLeft left = (ParticipantLeft) sample("PARTICIPANT_LEFT");

    assertThat(left.disconnectReason()).isEqualTo("kicked");
    assertThat(left.participant().breakout()).isTrue();
    assertThat(left.participant().breakoutRoomId())
        .isEqualTo("b7c1f2d3-1111-4222-8333-944455556666");
  }

  @Test
  void moderatorFlagIsReadWhetherSentAsStringOrBoolean() {
    ParticipantLeftLobby lobby = (ParticipantLeftLobby) sample("PARTICIPANT_LEFT_LOBBY");

    assertThat(lobby.participant().moderator()).isFalse();
    assertThat(lobby.disconnectReason()).isEqualTo("left");
    assertThat(((ParticipantJoined) sample("PARTICIPANT_JOINED")).participant().moderator())
        .isTrue();
  }

  @Test
  void roomCreatedCarriesConferenceAndBreakout() {
    assertThat(sample("ROOM_CREATED"))
        .asInstanceOf(type(RoomCreated.class))
        .satisfies(
            room -> {
              assertThat(room.conference()).startsWith(ROOM + "@conference.");
              assertThat(room.breakout()).isTrue();
              assertThat(room.breakoutRoomId()).isEqualTo("b7c1f2d3-1111-4222-8333-944455556666");
            });
  }

  @Test
  void recordingUploadedCarriesLinkDurationAndParticipants() {
    RecordingUploaded uploaded = (RecordingUploaded) sample("RECORDING_UPLOADED");

    assertThat(uploaded.participants())
        .containsExactly(
            new RecordingParticipant(
                "member-42", "Ada Mentor", "https://mentorhub.example.org/avatars/42.png"),
            new RecordingParticipant(
                "member-7", "Ben Mentee", "https://mentorhub.example.org/avatars/7.png"));
    assertThat(uploaded.downloadLink())
        .isEqualTo("https://objectstorage.example.com/recordings/session.mp4");
    assertThat(uploaded.shared()).isTrue();
    assertThat(uploaded.initiatorId()).isEqualTo("member-42");
    assertThat(uploaded.duration()).isEqualTo(Duration.ofSeconds(3605));
    assertThat(uploaded.startedAt()).isEqualTo(Instant.ofEpochMilli(1740830500000L));
    assertThat(uploaded.endedAt()).isEqualTo(Instant.ofEpochMilli(1740834105000L));
    assertThat(uploaded.recordingSessionId()).isEqualTo("rec-session-1");
  }

  @Test
  void callEventsCarryTheFarEnd() {
    SipCallInStarted sip = (SipCallInStarted) sample("SIP_CALL_IN_STARTED");
    DialInStarted dial = (DialInStarted) sample("DIAL_IN_STARTED");

    assertThat(sip.sipAddress()).isEqualTo("sip:ada@sip.example.org");
    assertThat(sip.caller())
        .isEqualTo(
            new CallParticipant(
                "92b9a1d6", "92b9a1d6-0000-4f42-b51e-a190a386140b@8x8.vc", "Ada (SIP)"));
    assertThat(dial.caller().nick()).isEqualTo("4930123456 (+4930123456)");
  }

  @Test
  void feedbackUsageAndSpeakerStatsAreTyped() {
    assertThat((Feedback) sample("FEEDBACK"))
        .extracting(Feedback::rating, Feedback::comments, Feedback::userId)
        .containsExactly(4, "Clear and well paced", "member-7");
    assertThat(((Usage) sample("USAGE")).entries())
        .containsExactly(
            new UsageEntry(
                "0a1b2c3d4e5f40718293a4b5c6d7e8f9",
                "349304d3627f59eac2015f29a9ade613",
                "ada@example.org",
                APP_ID + "/4f4910",
                "member-42",
                null),
            new UsageEntry(
                "0a1b2c3d4e5f40718293a4b5c6d7e8f9", "+4930123456", null, null, null, "in"));
    Map<String, SpeakerStat> stats = ((SpeakerStats) sample("SPEAKER_STATS")).byParticipantJid();
    assertThat(stats.keySet())
        .containsExactly(
            "d8d82941-0000-4c34-a4f7-6012d7dfb30c@8x8.vc/66wbG6MC",
            "84d90bac-0000-4ea1-af98-967450b81d99@8x8.vc/N6GjCJU9");
    assertThat(stats.get("84d90bac-0000-4ea1-af98-967450b81d99@8x8.vc/N6GjCJU9"))
        .isEqualTo(
            new SpeakerStat(
                "member-7", "Ben Mentee", "ben@example.org", null, Duration.ofMillis(11277)));
  }

  @Test
  void pollsCarryOptionsVoterAndSelection() {
    PollCreated created = (PollCreated) sample("POLL_CREATED");
    PollAnswered answered = (PollAnswered) sample("POLL_ANSWER");

    assertThat(created.question()).isEqualTo("Which topic next?");
    assertThat(created.options())
        .containsExactly(new PollOption(1, "Testing", null), new PollOption(2, "Design", null));
    assertThat(created.creator().id()).isEqualTo("member-42");
    assertThat(answered.pollId()).isEqualTo(created.pollId());
    assertThat(answered.options())
        .containsExactly(new PollOption(1, "Testing", false), new PollOption(2, "Design", true));
    assertThat(answered.voter())
        .isEqualTo(
            new PollUser(
                "member-7",
                "Ben Mentee",
                "ben@example.org",
                "b7b62236-0000-40a3-a879-01fc76759fb1@8x8.vc",
                "Ben"));
    assertThat(answered.breakout()).isTrue();
  }

  @Test
  void reactionsRoleChangeTranscriptionAndDocumentsAreTyped() {
    assertThat(((AggregatedReactions) sample("AGGREGATED_REACTIONS")).reactions())
        .first()
        .isEqualTo(
            new Reaction("member-7", "Ben Mentee", Instant.ofEpochMilli(1740831000000L), "like"));
    assertThat(((WebhookEvent.Reactions) sample("REACTIONS")).reactions())
        .containsExactly("like", "clap");
    assertThat((RoleChanged) sample("ROLE_CHANGED"))
        .extracting(RoleChanged::role, RoleChanged::grantedToJid)
        .containsExactly("moderator", "77cc1552-0000-4aba-be7f-4f17992ab1bc@8x8.vc/oGHh5j2yMsyj");
    TranscriptionChunkReceived chunk =
        (TranscriptionChunkReceived) sample("TRANSCRIPTION_CHUNK_RECEIVED");
    assertThat(chunk.text()).isEqualTo(" Welcome to the mentor circle.");
    assertThat(chunk.speaker())
        .isEqualTo(
            new TranscriptionSpeaker(
                "abcd1234",
                "Ada Mentor",
                "member-42",
                "ada@example.org",
                "https://mentorhub.example.org/avatars/42.png"));
    DocumentAdded document = (DocumentAdded) sample("DOCUMENT_ADDED");
    assertThat(document.fileSizeBytes()).isEqualTo(510460);
    assertThat(document.createdAt()).isEqualTo(Instant.ofEpochMilli(1740830900000L));
    assertThat(document.linkExpiresAt()).isEqualTo(Instant.ofEpochMilli(1740916800000L));
  }

  @Test
  void settingsProvisioningCallHasOnlyTheFqn() {
    WebhookEvent event = sample("SETTINGS_PROVISIONING");

    assertThat(event).isInstanceOf(SettingsProvisioning.class);
    assertThat(event.envelope().eventType()).isEqualTo("SETTINGS_PROVISIONING");
    assertThat(event.envelope().room()).isEqualTo(ROOM);
    assertThat(event.envelope().timestamp()).isNull();
  }

  @Test
  void unknownEventTypeIsKeptWithItsRawData() {
    UnknownEvent event = (UnknownEvent) sample("UNKNOWN_TYPE");

    assertThat(event.envelope().eventType()).isEqualTo("ROOM_METADATA_UPDATED");
    assertThat(event.data())
        .isEqualTo(
            Map.of(
                "metadata", Map.of("visitors", Map.of("live", true)),
                "tags", List.of("a", "b"),
                "count", 2L));
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) event.data();
    assertThatThrownBy(() -> data.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void thinPayloadsParseWithNullsInsteadOfFailing() {
    ParticipantJoined joined =
        (ParticipantJoined) WebhookEvent.parse("{\"eventType\":\"PARTICIPANT_JOINED\"}");

    assertThat(joined.participant().id()).isNull();
    assertThat(joined.participant().moderator()).isFalse();
    assertThat(joined.envelope().timestamp()).isNull();
  }

  @Test
  void rejectsBodiesThatAreNotWebhooks() {
    assertThatThrownBy(() -> WebhookEvent.parse("not json")).isInstanceOf(JitsiException.class);
    assertThatThrownBy(() -> WebhookEvent.parse("[1,2]")).isInstanceOf(JitsiException.class);
    assertThatThrownBy(() -> WebhookEvent.parse("{\"data\":{}}"))
        .isInstanceOf(JitsiException.class)
        .hasMessageContaining("eventType");
  }
}
