-- Mentorships, their SMART goals, check-ins and next steps, programmes (cohorts) and programme
-- surveys. Portable SQL for H2 2.x and PostgreSQL.

CREATE TABLE programme (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    start_date DATE         NOT NULL,
    end_date   DATE         NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT       NOT NULL
);

-- One per accepted request. ACTIVE and PAUSED mentorships hold one of the mentor's seats.
CREATE TABLE mentorship (
    id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
    request_id          VARCHAR(36),
    mentor_id           VARCHAR(64)  NOT NULL,
    mentee_id           VARCHAR(64)  NOT NULL,
    programme_id        VARCHAR(36),
    status              VARCHAR(20)  NOT NULL,
    end_reason          VARCHAR(1000),
    started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at            TIMESTAMP WITH TIME ZONE,
    cadence_days        INTEGER      NOT NULL,
    -- The check-in due date an overdue notice was already sent for: one notice per overdue period.
    overdue_noticed_for DATE,
    reengagement_nudged_at TIMESTAMP WITH TIME ZONE,
    version             BIGINT       NOT NULL,
    CONSTRAINT uq_mentorship_request UNIQUE (request_id),
    CONSTRAINT fk_mentorship_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT ck_mentorship_status CHECK (status IN ('ACTIVE', 'PAUSED', 'COMPLETED', 'ENDED_EARLY'))
);
CREATE INDEX ix_mentorship_mentor ON mentorship (mentor_id, status);
CREATE INDEX ix_mentorship_mentee ON mentorship (mentee_id, status);
CREATE INDEX ix_mentorship_programme ON mentorship (programme_id);

CREATE TABLE mentorship_goal (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    mentorship_id  VARCHAR(36)   NOT NULL,
    statement      VARCHAR(500)  NOT NULL,
    measure_name   VARCHAR(120)  NOT NULL,
    measure_unit   VARCHAR(40)   NOT NULL,
    target_amount  DECIMAL(19,4) NOT NULL,
    start_amount   DECIMAL(19,4) NOT NULL,
    current_amount DECIMAL(19,4) NOT NULL,
    why_text       VARCHAR(1000),
    target_date    DATE          NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    achieved_at    TIMESTAMP WITH TIME ZONE,
    created_by     VARCHAR(64)   NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT fk_goal_mentorship FOREIGN KEY (mentorship_id) REFERENCES mentorship (id)
);
CREATE INDEX ix_goal_mentorship ON mentorship_goal (mentorship_id);

CREATE TABLE goal_milestone (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    goal_id    VARCHAR(36)  NOT NULL,
    ord        INTEGER      NOT NULL,
    title      VARCHAR(200) NOT NULL,
    due_date   DATE         NOT NULL,
    reached_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_milestone_goal FOREIGN KEY (goal_id) REFERENCES mentorship_goal (id)
);
CREATE INDEX ix_milestone_goal ON goal_milestone (goal_id, ord);

CREATE TABLE goal_progress (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    goal_id     VARCHAR(36)   NOT NULL,
    amount      DECIMAL(19,4) NOT NULL,
    note        VARCHAR(1000),
    author_id   VARCHAR(64)   NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_progress_goal FOREIGN KEY (goal_id) REFERENCES mentorship_goal (id)
);
CREATE INDEX ix_progress_goal ON goal_progress (goal_id, recorded_at);

-- Celebrated wins: a goal reaching its target or a milestone reached, shown to both sides.
CREATE TABLE mentorship_achievement (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    mentorship_id VARCHAR(36)  NOT NULL,
    goal_id       VARCHAR(36)  NOT NULL,
    milestone_id  VARCHAR(36),
    kind          VARCHAR(20)  NOT NULL,
    title         VARCHAR(500) NOT NULL,
    achieved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_achievement_mentorship FOREIGN KEY (mentorship_id) REFERENCES mentorship (id)
);
CREATE INDEX ix_achievement_mentorship ON mentorship_achievement (mentorship_id);

CREATE TABLE check_in (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    mentorship_id VARCHAR(36)   NOT NULL,
    held_on       DATE          NOT NULL,
    minutes       INTEGER       NOT NULL,
    discussed     VARCHAR(4000) NOT NULL,
    author_id     VARCHAR(64)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_check_in_mentorship FOREIGN KEY (mentorship_id) REFERENCES mentorship (id)
);
CREATE INDEX ix_check_in_mentorship ON check_in (mentorship_id, held_on);

-- Agreed next steps stay open, and carry over from check-in to check-in, until marked done.
CREATE TABLE next_step (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    mentorship_id VARCHAR(36)  NOT NULL,
    check_in_id   VARCHAR(36)  NOT NULL,
    step_text     VARCHAR(500) NOT NULL,
    owner_role    VARCHAR(10)  NOT NULL,
    due_date      DATE,
    done_at       TIMESTAMP WITH TIME ZONE,
    done_by       VARCHAR(64),
    CONSTRAINT fk_next_step_check_in FOREIGN KEY (check_in_id) REFERENCES check_in (id)
);
CREATE INDEX ix_next_step_mentorship ON next_step (mentorship_id, done_at);

-- A survey sent to one member of a mentorship at one moment. The unique key makes each send
-- happen once even when two nodes compute the same due send.
CREATE TABLE survey_send (
    id            VARCHAR(36) NOT NULL PRIMARY KEY,
    mentorship_id VARCHAR(36) NOT NULL,
    member_id     VARCHAR(64) NOT NULL,
    moment        VARCHAR(20) NOT NULL,
    survey_id     VARCHAR(80) NOT NULL,
    due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_survey_send UNIQUE (mentorship_id, member_id, moment),
    CONSTRAINT fk_survey_send_mentorship FOREIGN KEY (mentorship_id) REFERENCES mentorship (id)
);
CREATE INDEX ix_survey_send_member ON survey_send (member_id);

-- Answers are seen by staff only in aggregate; score for Likert items, answer_text for free text.
CREATE TABLE survey_answer (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    send_id     VARCHAR(36)   NOT NULL,
    item_id     VARCHAR(80)   NOT NULL,
    score       INTEGER,
    answer_text VARCHAR(2000),
    CONSTRAINT uq_survey_answer UNIQUE (send_id, item_id),
    CONSTRAINT fk_survey_answer_send FOREIGN KEY (send_id) REFERENCES survey_send (id)
);
