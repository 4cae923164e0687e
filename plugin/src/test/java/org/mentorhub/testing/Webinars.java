package org.mentorhub.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Webinars as tests of other features need them. */
public final class Webinars {

  private Webinars() {}

  /** Creates a one-off office hour starting {@code fromNow}; returns its session's id. */
  public static String officeHour(Api api, String hostToken, Duration fromNow, int capacity) {
    String startsAt = Instant.now().plus(fromNow).truncatedTo(ChronoUnit.SECONDS).toString();
    Api.Reply created =
        api.post(
            "api/v1/webinars",
            hostToken,
            """
            {"title": "Pricing <clinic> & more", "kind": "OFFICE_HOURS", "startsAt": "%s",
             "durationMinutes": 60, "timezone": "Europe/London", "capacity": %d}
            """
                .formatted(startsAt, capacity));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonArray("sessions").getJsonObject(0).getString("id");
  }
}
