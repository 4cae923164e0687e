-- Members as the host's tokens describe them, and the profiles they keep here.
-- Portable SQL: the same file runs on H2 2.x (demo) and PostgreSQL (production).

CREATE TABLE member (
    id                  VARCHAR(64)  NOT NULL PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    email               VARCHAR(320),
    roles               VARCHAR(100) NOT NULL,
    calendar_feed_token VARCHAR(64)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT uq_member_feed_token UNIQUE (calendar_feed_token)
);

CREATE TABLE mentor_profile (
    id                VARCHAR(64)   NOT NULL PRIMARY KEY,
    name              VARCHAR(120)  NOT NULL,
    headline          VARCHAR(160)  NOT NULL,
    bio               VARCHAR(5000),
    country           CHAR(2)       NOT NULL,
    timezone          VARCHAR(64)   NOT NULL,
    stage             VARCHAR(20),
    years_in_business INTEGER,
    max_mentees       INTEGER       NOT NULL,
    accepting         BOOLEAN       NOT NULL,
    visibility        VARCHAR(20)   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT fk_mentor_member FOREIGN KEY (id) REFERENCES member (id)
);

-- Tags in their own tables keep the order the mentor gave and let SQL count them for reports.
CREATE TABLE mentor_industry (
    mentor_id VARCHAR(64) NOT NULL,
    ord       INTEGER     NOT NULL,
    tag       VARCHAR(60) NOT NULL,
    PRIMARY KEY (mentor_id, ord),
    CONSTRAINT fk_mentor_industry FOREIGN KEY (mentor_id) REFERENCES mentor_profile (id) ON DELETE CASCADE
);

CREATE TABLE mentor_expertise (
    mentor_id VARCHAR(64) NOT NULL,
    ord       INTEGER     NOT NULL,
    tag       VARCHAR(60) NOT NULL,
    PRIMARY KEY (mentor_id, ord),
    CONSTRAINT fk_mentor_expertise FOREIGN KEY (mentor_id) REFERENCES mentor_profile (id) ON DELETE CASCADE
);

CREATE TABLE mentor_language (
    mentor_id VARCHAR(64) NOT NULL,
    ord       INTEGER     NOT NULL,
    code      CHAR(2)     NOT NULL,
    PRIMARY KEY (mentor_id, ord),
    CONSTRAINT fk_mentor_language FOREIGN KEY (mentor_id) REFERENCES mentor_profile (id) ON DELETE CASCADE
);

CREATE TABLE mentee_profile (
    id         VARCHAR(64)   NOT NULL PRIMARY KEY,
    goals      VARCHAR(4000) NOT NULL,
    industry   VARCHAR(60),
    country    CHAR(2)       NOT NULL,
    timezone   VARCHAR(64)   NOT NULL,
    stage      VARCHAR(20)   NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT        NOT NULL,
    CONSTRAINT fk_mentee_member FOREIGN KEY (id) REFERENCES member (id)
);

CREATE TABLE mentee_language (
    mentee_id VARCHAR(64) NOT NULL,
    ord       INTEGER     NOT NULL,
    code      CHAR(2)     NOT NULL,
    PRIMARY KEY (mentee_id, ord),
    CONSTRAINT fk_mentee_language FOREIGN KEY (mentee_id) REFERENCES mentee_profile (id) ON DELETE CASCADE
);

CREATE INDEX ix_mentor_profile_updated ON mentor_profile (updated_at);
