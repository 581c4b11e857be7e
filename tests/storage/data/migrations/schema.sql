-- SPDX-License-Identifier: GPL-3.0-or-later
-- A small schema with a history of three versions, for the Migrator's own tests (not SpineReview's schema):
-- version 2 adds a column and fills it from the rows already there, version 3 adds a table that refers to
-- the first and fills it too.
CREATE TABLE schema_version (
    version INTEGER NOT NULL
);
CREATE TABLE items (
    id {{id}},
    title TEXT NOT NULL,
    title_key TEXT {{key}}
);
CREATE INDEX items_title_key ON items (title_key);
CREATE TABLE tags (
    item_ref BIGINT NOT NULL REFERENCES items (id),
    tag TEXT NOT NULL,
    PRIMARY KEY (item_ref, tag)
);
INSERT INTO schema_version (version) VALUES (3);
