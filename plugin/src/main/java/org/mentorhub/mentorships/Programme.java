package org.mentorhub.mentorships;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A time-bound cohort that mentorships may belong to, evaluated by its surveys. */
@Entity
@Table(name = "programme")
public class Programme {

  @Id private String id;

  @Column(nullable = false)
  private String name;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Programme() {}

  Programme(String name, LocalDate startDate, LocalDate endDate, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.createdAt = now;
    change(name, startDate, endDate);
  }

  void change(String name, LocalDate startDate, LocalDate endDate) {
    this.name = name.strip();
    this.startDate = startDate;
    this.endDate = endDate;
  }

  ProgrammeCalendar calendar() {
    return new ProgrammeCalendar(startDate, endDate);
  }

  public String id() {
    return id;
  }

  String name() {
    return name;
  }

  LocalDate startDate() {
    return startDate;
  }

  LocalDate endDate() {
    return endDate;
  }
}
