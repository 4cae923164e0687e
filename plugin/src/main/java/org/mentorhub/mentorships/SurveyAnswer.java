package org.mentorhub.mentorships;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One item's answer: a 1-5 score for a Likert item, or free text; staff see them in aggregate. */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer {

  @Id private String id;

  @Column(name = "send_id", nullable = false)
  private String sendId;

  @Column(name = "item_id", nullable = false)
  private String itemId;

  private Integer score;

  @Column(name = "answer_text")
  private String text;

  protected SurveyAnswer() {}

  SurveyAnswer(String sendId, String itemId, Integer score, String text) {
    this.id = UUID.randomUUID().toString();
    this.sendId = sendId;
    this.itemId = itemId;
    this.score = score;
    this.text = text;
  }

  String sendId() {
    return sendId;
  }

  String itemId() {
    return itemId;
  }

  Integer score() {
    return score;
  }

  String text() {
    return text;
  }
}
