package org.mentorhub.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentorhub.platform.events.NoticeType;
import org.mentorhub.platform.problem.InvalidRequestException;
import org.mentorhub.platform.problem.Violation;

class PreferencesTest {

  @Test
  void defaultsEmailRequestAndSessionEventsAndSendEverythingToTheHost() {
    Preferences p = Preferences.defaults();
    assertThat(p.wantsEmail(NoticeType.REQUEST_RECEIVED)).isTrue();
    assertThat(p.wantsEmail(NoticeType.SESSION_STARTING)).isTrue();
    assertThat(p.wantsEmail(NoticeType.REENGAGEMENT_NUDGE)).isFalse();
    assertThat(p.wantsHost(NoticeType.REENGAGEMENT_NUDGE)).isTrue();
  }

  @Test
  void typeSettingsSurviveStorage() {
    Preferences p =
        Preferences.defaults()
            .withoutEmail(NoticeType.REQUEST_RECEIVED)
            .withoutEmail(NoticeType.SESSION_CHANGED);
    Preferences back =
        new Preferences(
            true,
            null,
            null,
            Preferences.Digest.IMMEDIATE,
            Preferences.decodeTypes(p.encodedTypes()));
    assertThat(back.types()).isEqualTo(p.types());
    assertThat(back.wantsEmail(NoticeType.REQUEST_RECEIVED)).isFalse();
    assertThat(back.wantsHost(NoticeType.REQUEST_RECEIVED)).isTrue();
  }

  @Test
  void validationNamesEveryBadField() {
    PreferencesView bad =
        new PreferencesView(
            null,
            "Mars/Olympus",
            new PreferencesView.QuietHoursView("25:00", "7am"),
            "WEEKLY",
            Map.of(
                "NOPE", new PreferencesView.TypeView(true, true),
                "SANCTION", new PreferencesView.TypeView(null, true)));
    assertThatThrownBy(() -> NotificationPreferences.validate(bad))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e ->
                assertThat(e.violations().stream().map(Violation::field))
                    .containsExactlyInAnyOrder(
                        "email",
                        "timezone",
                        "quietHours.start",
                        "quietHours.end",
                        "digest",
                        "types.NOPE",
                        "types.SANCTION"));
  }

  @Test
  void unsubscribeTokensVerifyAndRejectTampering() {
    UnsubscribeTokens tokens = new UnsubscribeTokens(new byte[] {1, 2, 3});
    String token = tokens.issue("member-1", "REQUEST_RECEIVED");
    assertThat(tokens.verify(token))
        .contains(new UnsubscribeTokens.Claim("member-1", "REQUEST_RECEIVED"));
    String other = tokens.issue("member-2", "REQUEST_RECEIVED");
    String forged = other.substring(0, other.indexOf('.')) + token.substring(token.indexOf('.'));
    assertThat(tokens.verify(forged)).isEmpty();
    assertThat(new UnsubscribeTokens(new byte[] {9}).verify(token)).isEmpty();
    assertThat(tokens.verify("garbage")).isEmpty();
    assertThat(tokens.verify("a.b.c")).isEmpty();
  }
}
