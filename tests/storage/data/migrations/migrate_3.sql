-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 2 → 3: tags, and a "migrated" tag on every item already stored.
CREATE TABLE tags (
    item_ref BIGINT NOT NULL REFERENCES items (id),
    tag TEXT NOT NULL,
    PRIMARY KEY (item_ref, tag)
);
INSERT INTO tags (item_ref, tag) SELECT id, 'migrated' FROM items;
