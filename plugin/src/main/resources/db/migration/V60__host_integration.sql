-- Host integration: bulk import jobs, and what erasure needs. Portable SQL for H2 2.x and PostgreSQL.

-- One bulk import (NDJSON of mentors or mentees). The counters are updated in the same transaction
-- as each chunk of profiles, so they never claim more than the database holds.
CREATE TABLE import_job (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    kind        VARCHAR(20)   NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    read_count  BIGINT        NOT NULL,
    imported    BIGINT        NOT NULL,
    rejected    BIGINT        NOT NULL,
    started_by  VARCHAR(64)   NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    failure     VARCHAR(1000),
    CONSTRAINT ck_import_job_kind CHECK (kind IN ('MENTORS', 'MENTEES')),
    CONSTRAINT ck_import_job_status CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED'))
);

-- The first 1,000 rejected lines of a job, for the operator to fix and re-send.
CREATE TABLE import_error (
    job_id      VARCHAR(36)   NOT NULL,
    line_no     BIGINT        NOT NULL,
    seq         INTEGER       NOT NULL,
    field       VARCHAR(200)  NOT NULL,
    message     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (job_id, seq),
    CONSTRAINT fk_import_error_job FOREIGN KEY (job_id) REFERENCES import_job (id) ON DELETE CASCADE
);

-- The secret behind erased members' pseudonyms: generated once, shared by every node, so the
-- same member always gets the same pseudonym.
CREATE TABLE member_pseudonym_key (
    id     INTEGER      NOT NULL PRIMARY KEY,
    secret VARCHAR(100) NOT NULL
);

-- An erased mentor's profile is deleted while their requests stay (with a pseudonym) for
-- statistics: requests now reference the member, which the pseudonym row stands in for.
ALTER TABLE mentorship_request DROP CONSTRAINT fk_request_mentor;
ALTER TABLE mentorship_request
    ADD CONSTRAINT fk_request_mentor_member FOREIGN KEY (mentor_id) REFERENCES member (id);
