-- SPDX-License-Identifier: GPL-3.0-or-later
-- The test schema as version 2 created it, frozen.
CREATE TABLE schema_version (
    version INTEGER NOT NULL
);
CREATE TABLE items (
    id {{id}},
    title TEXT NOT NULL,
    title_key TEXT {{key}}
);
CREATE INDEX items_title_key ON items (title_key);
INSERT INTO schema_version (version) VALUES (2);
