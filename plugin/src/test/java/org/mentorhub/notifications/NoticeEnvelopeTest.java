package org.mentorhub.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorhub.platform.events.MemberNotice;
import org.mentorhub.platform.events.NoticeType;

class NoticeEnvelopeTest {

  @Test
  void anErasedMembersIdBecomesThePseudonymAndTheirNameIsDropped() {
    String body =
        NoticeEnvelope.json(
            "event-1",
            new MemberNotice(
                "mentor-1",
                NoticeType.REQUEST_RECEIVED,
                Map.of(
                    "requestId", "req-1",
                    "menteeId", "mentee-9",
                    "menteeName", "Ada Lovelace",
                    "expiresAt", "2026-12-07T10:00:00Z"),
                Instant.parse("2026-11-23T10:00:00Z")));

    JsonObject cleaned = parse(NoticeEnvelope.withoutMember(body, "mentee-9", "erased-abc"));

    assertThat(cleaned.toString()).doesNotContain("Ada Lovelace").doesNotContain("mentee-9");
    JsonObject data = cleaned.getJsonObject("data");
    assertThat(data.getString("menteeId")).isEqualTo("erased-abc");
    assertThat(data.isNull("menteeName")).isTrue();
    assertThat(data.getString("requestId")).isEqualTo("req-1");
    assertThat(cleaned.getString("id")).isEqualTo("event-1");
    assertThat(cleaned.getString("recipientId")).isEqualTo("mentor-1");
  }

  @Test
  void aNoticeThatDoesNotNameTheMemberIsUnchanged() {
    String body =
        NoticeEnvelope.json(
            "event-2",
            new MemberNotice(
                "mentee-2",
                NoticeType.REQUEST_ACCEPTED,
                Map.of("requestId", "req-2", "mentorId", "mentor-3", "mentorName", "Grace"),
                Instant.parse("2026-11-23T10:00:00Z")));

    assertThat(parse(NoticeEnvelope.withoutMember(body, "mentee-9", "erased-abc")))
        .isEqualTo(parse(body));
  }

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }
}
