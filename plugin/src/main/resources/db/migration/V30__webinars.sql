-- Webinars: series, their sessions (occurrences), registrations with a FIFO waitlist, attendance
-- from Jitsi webhooks, and recordings. Portable SQL for H2 2.x and PostgreSQL.

CREATE TABLE webinar (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    title            VARCHAR(200)  NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    description      VARCHAR(5000),
    timezone         VARCHAR(64)   NOT NULL,
    recurrence       VARCHAR(500),
    duration_minutes INTEGER       NOT NULL,
    capacity         INTEGER       NOT NULL,
    host_id          VARCHAR(64)   NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_webinar_host FOREIGN KEY (host_id) REFERENCES member (id),
    CONSTRAINT ck_webinar_kind CHECK (kind IN ('ONBOARDING', 'OFFICE_HOURS'))
);

-- One row per occurrence. seats_taken counts REGISTERED rows; the check constraint is the last
-- line of defence behind the row lock every registration takes, so no code path can overbook.
CREATE TABLE webinar_session (
    id               VARCHAR(36)   NOT NULL PRIMARY KEY,
    webinar_id       VARCHAR(36)   NOT NULL,
    occurrence       INTEGER       NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    description      VARCHAR(5000),
    kind             VARCHAR(20)   NOT NULL,
    host_id          VARCHAR(64)   NOT NULL,
    timezone         VARCHAR(64)   NOT NULL,
    starts_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    capacity         INTEGER       NOT NULL,
    seats_taken      INTEGER       NOT NULL,
    waitlist_counter BIGINT        NOT NULL,
    room_name        VARCHAR(100)  NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    sequence_no      INTEGER       NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_session_webinar FOREIGN KEY (webinar_id) REFERENCES webinar (id),
    CONSTRAINT fk_session_host FOREIGN KEY (host_id) REFERENCES member (id),
    CONSTRAINT uq_session_room UNIQUE (room_name),
    CONSTRAINT uq_session_occurrence UNIQUE (webinar_id, occurrence),
    CONSTRAINT ck_session_seats CHECK (seats_taken >= 0 AND seats_taken <= capacity),
    CONSTRAINT ck_session_times CHECK (ends_at > starts_at)
);

CREATE INDEX ix_session_starts ON webinar_session (starts_at);

CREATE TABLE webinar_registration (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    session_id   VARCHAR(36)  NOT NULL,
    member_id    VARCHAR(64)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    waitlist_seq BIGINT,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_registration_session FOREIGN KEY (session_id) REFERENCES webinar_session (id),
    CONSTRAINT fk_registration_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT uq_registration UNIQUE (session_id, member_id),
    CONSTRAINT ck_registration_status CHECK (status IN ('REGISTERED', 'WAITLISTED'))
);

CREATE INDEX ix_registration_member ON webinar_registration (member_id);
CREATE INDEX ix_registration_waitlist ON webinar_registration (session_id, status, waitlist_seq);

-- Every webhook delivery processed, by JaaS's idempotency key: the primary key makes a repeated
-- delivery fail to insert, so it is applied once even when two copies arrive at the same time.
CREATE TABLE webinar_webhook_event (
    idempotency_key VARCHAR(200) NOT NULL PRIMARY KEY,
    event_type      VARCHAR(60)  NOT NULL,
    room_name       VARCHAR(200),
    occurred_at     TIMESTAMP WITH TIME ZONE,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The raw join/leave/room-end log; attendance is folded from it, so late events correct it.
CREATE TABLE webinar_presence (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    session_id      VARCHAR(36)  NOT NULL,
    participant_key VARCHAR(200) NOT NULL,
    member_id       VARCHAR(64),
    display_name    VARCHAR(200),
    connection_id   VARCHAR(200),
    kind            VARCHAR(12)  NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_presence_session FOREIGN KEY (session_id) REFERENCES webinar_session (id)
);

CREATE INDEX ix_presence_session ON webinar_presence (session_id, participant_key);

-- Attendance per participant (member id, or "guest:<connection>" for people without one).
CREATE TABLE webinar_attendance (
    session_id      VARCHAR(36)  NOT NULL,
    participant_key VARCHAR(200) NOT NULL,
    member_id       VARCHAR(64),
    display_name    VARCHAR(200),
    seconds_present BIGINT       NOT NULL,
    attended        BOOLEAN      NOT NULL,
    attended_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (session_id, participant_key),
    CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES webinar_session (id)
);

CREATE TABLE webinar_recording (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    session_id           VARCHAR(36)   NOT NULL,
    recording_session_id VARCHAR(200),
    download_link        VARCHAR(4000) NOT NULL,
    started_at           TIMESTAMP WITH TIME ZONE,
    ended_at             TIMESTAMP WITH TIME ZONE,
    duration_seconds     BIGINT,
    status               VARCHAR(20)   NOT NULL,
    attempts             INTEGER       NOT NULL,
    file_path            VARCHAR(1000),
    size_bytes           BIGINT,
    last_error           VARCHAR(1000),
    received_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT fk_recording_session FOREIGN KEY (session_id) REFERENCES webinar_session (id)
);

CREATE INDEX ix_recording_session ON webinar_recording (session_id);
