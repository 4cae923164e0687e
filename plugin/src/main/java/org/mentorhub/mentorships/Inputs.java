package org.mentorhub.mentorships;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorhub.platform.validation.EnumName;

/**
 * Request bodies of the mentorship endpoints. The goal messages teach: a vague goal ("grow the
 * business") fails with what it lacks and an example of how to say it specifically.
 */
public final class Inputs {

  private Inputs() {}

  /** {@code POST /mentorships/{id}/goals}: a SMART goal. */
  public record GoalInput(
      @Schema(description = "What will be different, in one sentence (10-500 characters)")
          @NotBlank(
              message =
                  "say in one sentence what will be different, e.g. 'Win repeat wholesale orders"
                      + " from local cafes'")
          @Size(
              min = 10,
              max = 500,
              message =
                  "must be one specific sentence of 10 to 500 characters: what will be different,"
                      + " for whom")
          String statement,
      @Schema(description = "What you will count: name, unit and the number that means done")
          @NotNull(
              message =
                  "a goal needs a measure to be specific: what will you count, in which unit, and"
                      + " which number means done? e.g. {\"name\": \"repeat cafe orders a month\","
                      + " \"unit\": \"orders\", \"target\": 12}")
          @Valid
          MeasureInput measure,
      @Schema(description = "Why it matters to the business, up to 1000 characters")
          @Size(max = 1000)
          String why,
      @Schema(description = "By when (ISO date, today or later)")
          @NotNull(
              message =
                  "a goal needs a date to be time-bound: by when should the target be reached?"
                      + " e.g. \"2027-03-31\"")
          LocalDate targetDate,
      @Schema(description = "Up to 10 dated steps on the way")
          @Size(max = 10, message = "at most 10 milestones; keep the big steps only")
          List<@NotNull @Valid MilestoneInput> milestones) {}

  /** The measure of a goal; {@code baseline} (default 0) is where it starts. */
  public record MeasureInput(
      @NotBlank(message = "name what you will count, e.g. 'repeat cafe orders a month'")
          @Size(max = 120)
          String name,
      @NotBlank(message = "give the unit of the measure, e.g. 'orders', 'GBP', '%'") @Size(max = 40)
          String unit,
      @NotNull(message = "give the number that means the goal is reached, e.g. 12")
          BigDecimal target,
      @Schema(description = "The value today; default 0") BigDecimal baseline) {}

  /** A dated step towards a goal. */
  public record MilestoneInput(
      @NotBlank(message = "name the milestone, e.g. 'price list agreed with 3 cafes'")
          @Size(max = 200)
          String title,
      @NotNull(message = "give the date this milestone should be reached by") LocalDate dueDate) {}

  /** {@code POST .../goals/{goalId}/progress}: a new value on the measure. */
  public record ProgressInput(
      @NotNull(message = "give the current value of the goal's measure") BigDecimal value,
      @Size(max = 1000) String note) {}

  /** {@code POST .../check-ins}: one meeting and the next steps agreed in it. */
  public record CheckInInput(
      @Schema(description = "The day of the meeting (ISO date)") @NotNull LocalDate date,
      @Schema(description = "How long it lasted, 1-600 minutes") @NotNull @Min(1) @Max(600)
          Integer minutes,
      @Schema(description = "What was discussed, up to 4000 characters")
          @NotBlank(message = "note in a sentence or two what you discussed")
          @Size(max = 4000)
          String discussed,
      @Size(max = 20) List<@NotNull @Valid NextStepInput> nextSteps) {}

  /** A next step: what, who (MENTOR or MENTEE) and by when. */
  public record NextStepInput(
      @NotBlank @Size(max = 500) String text,
      @Schema(description = "MENTOR or MENTEE") @NotNull @EnumName(NextStepOwner.class)
          String owner,
      LocalDate dueDate) {}

  /** Optional reason for pause, complete; required for end. */
  public record ReasonInput(@Size(max = 1000) String reason) {}

  /** {@code PUT .../cadence}: days between check-ins. */
  public record CadenceInput(@NotNull @Min(1) @Max(90) Integer days) {}

  /** {@code POST/PUT /admin/programmes}. */
  public record ProgrammeInput(
      @NotBlank @Size(max = 200) String name,
      @Schema(description = "ISO date") @NotNull LocalDate startDate,
      @Schema(description = "ISO date, after startDate") @NotNull LocalDate endDate) {}

  /** {@code POST /admin/programmes/{id}/mentorships}: add a mentorship to the programme. */
  public record ProgrammeMemberInput(@NotBlank @Size(max = 36) String mentorshipId) {}

  /**
   * {@code POST /me/surveys/{id}/answers}: item id to a whole number 1-5 for rating items, or text
   * for free-text items.
   */
  public record SurveyAnswersInput(@NotNull Map<String, Object> answers) {}
}
