package org.mentorhub.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

  @Test
  void everyCallerIsAMemberAndAdminsModerate() {
    Caller admin = new Caller("a", "Admin", null, Set.of(Role.ADMIN));
    assertThat(admin.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.ADMIN, Role.MODERATOR);
    assertThat(new Caller("m", null, null, null).roles()).containsExactly(Role.MEMBER);
  }

  @Test
  void missingNameFallsBackToTheId() {
    assertThat(new Caller("m-7", " ", null, Set.of()).name()).isEqualTo("m-7");
  }
}
