-- Training progress: enrolments, completed steps, quiz attempts and certificates.
-- Portable SQL: the same file runs on H2 2.x (demo) and PostgreSQL (production).
-- Progress is keyed by (track slug, step id), never by a content version, so a new version of a
-- track keeps every completed step whose id still exists.

CREATE TABLE training_enrollment (
    id               VARCHAR(36) NOT NULL PRIMARY KEY,
    member_id        VARCHAR(64) NOT NULL,
    track_slug       VARCHAR(80) NOT NULL,
    enrolled_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at     TIMESTAMP WITH TIME ZONE,
    certificate_code VARCHAR(32),
    version          BIGINT      NOT NULL,
    CONSTRAINT uq_training_enrollment UNIQUE (member_id, track_slug),
    CONSTRAINT uq_training_certificate UNIQUE (certificate_code),
    CONSTRAINT fk_training_enrollment_member FOREIGN KEY (member_id) REFERENCES member (id)
);

-- Not tied to an enrolment: attending a webinar completes matching steps of tracks the member
-- has not enrolled in yet, so enrolling later finds them done.
CREATE TABLE training_step_completion (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    member_id    VARCHAR(64)   NOT NULL,
    track_slug   VARCHAR(80)   NOT NULL,
    step_id      VARCHAR(80)   NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- A reflection's answer, private to the member; null for other kinds of step.
    answer       VARCHAR(5000),
    version      BIGINT        NOT NULL,
    CONSTRAINT uq_training_step_completion UNIQUE (member_id, track_slug, step_id),
    CONSTRAINT fk_training_completion_member FOREIGN KEY (member_id) REFERENCES member (id)
);

-- Every attempt is kept, passed or not, so staff can see which questions people get wrong.
CREATE TABLE training_quiz_attempt (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    member_id    VARCHAR(64)   NOT NULL,
    track_slug   VARCHAR(80)   NOT NULL,
    step_id      VARCHAR(80)   NOT NULL,
    answers      VARCHAR(4000) NOT NULL,
    score        INTEGER       NOT NULL,
    passed       BOOLEAN       NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_training_attempt_member FOREIGN KEY (member_id) REFERENCES member (id)
);

CREATE INDEX ix_training_completion_track ON training_step_completion (track_slug, step_id);
CREATE INDEX ix_training_enrollment_track ON training_enrollment (track_slug, completed_at);
CREATE INDEX ix_training_attempt_member ON training_quiz_attempt (member_id, track_slug, step_id);
