-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 1 → 2: the reviewers' autosaved working copies (see schema.sql).
CREATE TABLE drafts (
    id {{id}},
    owner TEXT NOT NULL,
    case_ref BIGINT REFERENCES cases (id),
    review_ref BIGINT REFERENCES reviews (id),
    source_path TEXT NOT NULL DEFAULT '',
    document {{blob}} NOT NULL,
    review_state {{blob}} NOT NULL,
    saved_at BIGINT NOT NULL
);
CREATE INDEX drafts_owner ON drafts (owner, saved_at);
