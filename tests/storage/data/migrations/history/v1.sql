-- SPDX-License-Identifier: GPL-3.0-or-later
-- The test schema as version 1 created it, frozen: the starting point of the migration tests.
CREATE TABLE schema_version (
    version INTEGER NOT NULL
);
CREATE TABLE items (
    id {{id}},
    title TEXT NOT NULL
);
INSERT INTO schema_version (version) VALUES (1);
