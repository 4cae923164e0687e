package org.mentorhub.mentorships;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.mentorhub.content.Audience;
import org.mentorhub.content.LikertItem;
import org.mentorhub.content.Survey;
import org.mentorhub.content.SurveyItem;
import org.mentorhub.content.SurveyMoment;
import org.mentorhub.content.TextItem;
import org.mentorhub.content.TrackCatalog;

/** The programme surveys shipped in {@code content/}, loaded and validated once. */
@ApplicationScoped
public class ProgrammeSurveys {

  private List<Survey> surveys;

  @PostConstruct
  void load() {
    surveys = TrackCatalog.fromClasspath().surveys();
  }

  /** Every survey, in sending order. */
  public List<Survey> all() {
    return surveys;
  }

  public Optional<Survey> byId(String id) {
    return surveys.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The survey for this moment written for this side (MENTOR or MENTEE), or for everyone. */
  Optional<Survey> forMoment(SurveyMoment moment, String role) {
    return surveys.stream()
        .filter(s -> s.moment() == moment)
        .filter(s -> s.audience() == Audience.EVERYONE || s.audience().name().equals(role))
        .findFirst();
  }

  static List<Views.SurveyItemView> items(Survey survey) {
    return survey.items().stream().map(ProgrammeSurveys::item).toList();
  }

  private static Views.SurveyItemView item(SurveyItem item) {
    if (item instanceof LikertItem likert) {
      return new Views.SurveyItemView(likert.id(), "likert", likert.text(), likert.labels(), true);
    }
    TextItem text = (TextItem) item;
    return new Views.SurveyItemView(text.id(), "text", text.text(), List.of(), text.required());
  }
}
