package org.mentorhub.mentorships;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SurveyAnswersTest {

  @Test
  void onlyWholeNumbersFromOneToFiveAreRatings() {
    assertThat(SurveyService.score(new BigDecimal("4"))).isEqualTo(4);
    assertThat(SurveyService.score(new BigDecimal("5.0"))).isEqualTo(5);
    assertThat(SurveyService.score(new BigDecimal("3.5"))).isNull();
    assertThat(SurveyService.score(new BigDecimal("0"))).isNull();
    assertThat(SurveyService.score(new BigDecimal("6"))).isNull();
    assertThat(SurveyService.score("4")).isNull();
    assertThat(SurveyService.score(null)).isNull();
  }

  @Test
  void nativeQueriesGetNumberedParameters() {
    assertThat(SurveyService.numbered("a = ? AND b < ?")).isEqualTo("a = ?1 AND b < ?2");
  }
}
