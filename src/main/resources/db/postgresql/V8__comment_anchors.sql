-- Review comments (批注) written in the desktop: resolved state, deletion by their author, and an anchor that
-- survives edits. anchor_from/anchor_to: the marked range as offsets in the item's Markdown body as it read when the
-- anchor was set, that body kept once per item in comment_anchor_base under its SHA-256 (anchor_base); a later text
-- is reached by comparing the two (org.annalist.doc.diff.OffsetMap), so the range stays on the same words whatever
-- was edited before, inside or after it. A comment whose words are all gone is orphaned, never dropped.
ALTER TABLE review_comment ADD COLUMN IF NOT EXISTS resolved BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE review_comment ADD COLUMN IF NOT EXISTS resolved_by VARCHAR(200);
ALTER TABLE review_comment ADD COLUMN IF NOT EXISTS resolved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE review_comment ADD COLUMN IF NOT EXISTS deleted_by VARCHAR(200);
ALTER TABLE review_comment ADD COLUMN IF NOT EXISTS deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE review_comment ADD COLUMN IF NOT EXISTS anchor_from INT;
ALTER TABLE review_comment ADD COLUMN IF NOT EXISTS anchor_to INT;
ALTER TABLE review_comment ADD COLUMN IF NOT EXISTS anchor_base CHAR(64);

CREATE TABLE IF NOT EXISTS comment_anchor_base (
    item_id    BIGINT   NOT NULL REFERENCES item (id),
    sha256     CHAR(64) NOT NULL,
    body       TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (item_id, sha256)
);
