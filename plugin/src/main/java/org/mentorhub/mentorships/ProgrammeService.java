package org.mentorhub.mentorships;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mentorhub.platform.problem.ConflictException;
import org.mentorhub.platform.problem.InvalidRequestException;
import org.mentorhub.platform.problem.ResourceNotFoundException;

/** Programmes (cohorts) for staff: their dates, their mentorships, and who needs re-engaging. */
@ApplicationScoped
public class ProgrammeService {

  static final String PROGRAMME = "programme";

  @PersistenceContext(unitName = "mentorhub")
  EntityManager em;

  @Inject Clock clock;
  @Inject MentorshipsConfig config;
  @Inject MentorshipService mentorships;

  @Transactional
  public Views.ProgrammeView create(Inputs.ProgrammeInput input) {
    checkDates(input);
    Programme p = new Programme(input.name(), input.startDate(), input.endDate(), clock.instant());
    em.persist(p);
    em.flush();
    return view(p);
  }

  @Transactional
  public List<Views.ProgrammeView> list() {
    return em
        .createQuery("SELECT p FROM Programme p ORDER BY p.startDate DESC", Programme.class)
        .getResultList()
        .stream()
        .map(this::view)
        .toList();
  }

  @Transactional
  public Views.ProgrammeView get(String id) {
    return view(find(id));
  }

  @Transactional
  public Views.ProgrammeView update(String id, Inputs.ProgrammeInput input) {
    Programme p = find(id);
    checkDates(input);
    p.change(input.name(), input.startDate(), input.endDate());
    em.flush();
    return view(p);
  }

  @Transactional
  public void delete(String id) {
    Programme p = find(id);
    if (count(id) > 0) {
      throw new ConflictException(
          "The programme has mentorships; it stays for their history and can only be renamed.");
    }
    em.remove(p);
  }

  /** Puts a mentorship in the programme (a mentorship belongs to at most one). */
  @Transactional
  public Views.ProgrammeView add(String id, Inputs.ProgrammeMemberInput input) {
    Programme p = find(id);
    Mentorship m = em.find(Mentorship.class, input.mentorshipId());
    if (m == null) {
      throw new InvalidRequestException("mentorshipId", "no mentorship with this id");
    }
    m.programme(p.id());
    em.flush();
    return view(p);
  }

  /**
   * Open mentorships of the programme with no check-in for the configured quiet period, as of
   * {@code at} (now when null); listed once the programme is two-thirds through.
   */
  @Transactional
  public Views.ReengagementView reengagement(String id, Instant at) {
    Programme p = find(id);
    LocalDate today = LocalDate.ofInstant(at == null ? clock.instant() : at, ZoneOffset.UTC);
    ProgrammeCalendar calendar = p.calendar();
    List<Mentorship> open =
        em.createQuery(
                "SELECT m FROM Mentorship m WHERE m.programmeId = :p AND m.status IN :open"
                    + " ORDER BY m.startedAt",
                Mentorship.class)
            .setParameter("p", p.id())
            .setParameter("open", List.of(MentorshipStatus.ACTIVE, MentorshipStatus.PAUSED))
            .getResultList();
    Map<String, LocalDate> last =
        mentorships.lastCheckIns(open.stream().map(Mentorship::id).toList());
    List<Views.QuietMentorship> quiet = new ArrayList<>();
    boolean reached = !today.isBefore(calendar.twoThirds());
    if (reached) {
      for (Mentorship m : open) {
        long days = DueWork.daysSinceContact(m.startedAt(), last.get(m.id()), today);
        if (days >= config.reengagementQuietDays()) {
          quiet.add(
              new Views.QuietMentorship(
                  m.id(),
                  m.mentorId(),
                  m.menteeId(),
                  m.status().name(),
                  last.get(m.id()),
                  days,
                  m.reengagementNudgedAt()));
        }
      }
    }
    return new Views.ReengagementView(p.id(), calendar.twoThirds(), reached, quiet);
  }

  private Programme find(String id) {
    Programme p = em.find(Programme.class, id);
    if (p == null) {
      throw new ResourceNotFoundException(PROGRAMME, id);
    }
    return p;
  }

  /** Whether a programme with this id exists; insights use it to answer 404. */
  @Transactional
  public boolean exists(String id) {
    return em.find(Programme.class, id) != null;
  }

  private long count(String id) {
    return em.createQuery("SELECT COUNT(m) FROM Mentorship m WHERE m.programmeId = :p", Long.class)
        .setParameter("p", id)
        .getSingleResult();
  }

  private static void checkDates(Inputs.ProgrammeInput input) {
    if (!input.endDate().isAfter(input.startDate())) {
      throw new InvalidRequestException("endDate", "must be after startDate");
    }
  }

  private Views.ProgrammeView view(Programme p) {
    ProgrammeCalendar c = p.calendar();
    return new Views.ProgrammeView(
        p.id(), p.name(), p.startDate(), p.endDate(), c.midPoint(), c.twoThirds(), count(p.id()));
  }
}
