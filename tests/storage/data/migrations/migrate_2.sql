-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 1 → 2: a search key for every item, computed for the items already stored.
ALTER TABLE items ADD COLUMN title_key TEXT {{key}};
UPDATE items
   SET title_key = lower(title);
CREATE INDEX items_title_key ON items (title_key);
