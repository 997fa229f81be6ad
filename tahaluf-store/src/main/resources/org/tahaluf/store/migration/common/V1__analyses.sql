-- Tahaluf store, version 1: every part of an analysis with the document and sentence it came from.
-- One script for SQLite and PostgreSQL: only types and syntax both read the same way.
-- Dates are ISO text (YYYY-MM-DD), so they sort and compare alike on both.

CREATE TABLE documents (
    id            TEXT PRIMARY KEY,
    content_hash  TEXT NOT NULL UNIQUE,      -- SHA-256 of the whitespace-normalised text
    title         TEXT,
    language      TEXT NOT NULL,
    published     TEXT,
    source        TEXT,
    author        TEXT,
    url           TEXT,
    body          TEXT NOT NULL,
    signature     TEXT,                      -- MinHash signature (near-duplicate detection)
    duplicate_of  TEXT REFERENCES documents (id),
    ingested_at   TEXT NOT NULL
);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_duplicate_of ON documents (duplicate_of);

-- Locality-sensitive buckets of each signature: documents sharing a bucket are compared.
CREATE TABLE document_buckets (
    bucket       BIGINT NOT NULL,
    document_id  TEXT NOT NULL REFERENCES documents (id),
    PRIMARY KEY (bucket, document_id)
);

CREATE TABLE sentences (
    document_id   TEXT NOT NULL REFERENCES documents (id),
    idx           INTEGER NOT NULL,
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    content       TEXT NOT NULL,
    PRIMARY KEY (document_id, idx)
);

-- Actors are shared by all documents: the first description stored wins.
CREATE TABLE actors (
    id        TEXT PRIMARY KEY,
    name_en   TEXT,
    name_ar   TEXT,
    kind      TEXT NOT NULL,
    country   TEXT,
    sector    TEXT,
    wikidata  TEXT,
    known     BOOLEAN NOT NULL
);

CREATE TABLE mentions (
    document_id   TEXT NOT NULL REFERENCES documents (id),
    actor_id      TEXT NOT NULL REFERENCES actors (id),
    sentence      INTEGER NOT NULL,
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    content       TEXT NOT NULL,
    PRIMARY KEY (document_id, start_offset, end_offset, actor_id)
);
CREATE INDEX mentions_actor ON mentions (actor_id);

CREATE TABLE events (
    document_id    TEXT NOT NULL REFERENCES documents (id),
    event_id       TEXT NOT NULL,
    type           TEXT NOT NULL,
    mode           TEXT,
    context        TEXT,                     -- comma-separated contexts
    source         TEXT NOT NULL REFERENCES actors (id),
    target         TEXT REFERENCES actors (id),
    location       TEXT,
    location_text  TEXT,
    sign           INTEGER NOT NULL,
    modality       TEXT NOT NULL,
    speaker        TEXT,
    speaker_text   TEXT,
    cue            TEXT,
    time_text      TEXT,
    time_start     TEXT,
    time_end       TEXT,
    day            TEXT,                     -- time_start, else the publication date
    sentence       INTEGER NOT NULL,
    trigger_start  INTEGER,
    trigger_end    INTEGER,
    trigger_text   TEXT,
    confidence     DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (document_id, event_id)
);
CREATE INDEX events_source ON events (source);
CREATE INDEX events_target ON events (target);
CREATE INDEX events_day ON events (day);

CREATE TABLE relations (
    document_id  TEXT NOT NULL REFERENCES documents (id),
    idx          INTEGER NOT NULL,
    source       TEXT NOT NULL REFERENCES actors (id),
    target       TEXT NOT NULL REFERENCES actors (id),
    kind         TEXT NOT NULL,
    sign         INTEGER NOT NULL,
    sentence     INTEGER NOT NULL,
    PRIMARY KEY (document_id, idx)
);
CREATE INDEX relations_source ON relations (source);
CREATE INDEX relations_target ON relations (target);

CREATE TABLE claims (
    document_id   TEXT NOT NULL REFERENCES documents (id),
    idx           INTEGER NOT NULL,
    speaker       TEXT REFERENCES actors (id),
    speaker_text  TEXT,
    cue           TEXT,
    sentence      INTEGER NOT NULL,
    content_start INTEGER,
    content_end   INTEGER,
    content       TEXT NOT NULL,
    events        TEXT,                      -- comma-separated event ids of this document
    PRIMARY KEY (document_id, idx)
);
CREATE INDEX claims_speaker ON claims (speaker);

CREATE TABLE threats (
    document_id    TEXT NOT NULL REFERENCES documents (id),
    idx            INTEGER NOT NULL,
    actor          TEXT NOT NULL REFERENCES actors (id),
    location       TEXT,
    location_text  TEXT,
    trend          TEXT,
    sentence       INTEGER NOT NULL,
    content        TEXT,
    PRIMARY KEY (document_id, idx)
);
CREATE INDEX threats_actor ON threats (actor);
