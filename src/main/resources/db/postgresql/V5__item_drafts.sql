-- The unsaved state of an item being edited (草稿): at most one per item and editor (in a shared archive two
-- editors' drafts of one item must not overwrite or delete each other), replaced by every autosave and
-- deleted when it becomes a revision (Ctrl+S, leaving the item, closing) or is discarded. Unlike revision it
-- is not append-only: autosaves every few seconds must not pile up as history. base_revision is the
-- revision the editor started from. V6 is left to another change on its way.
CREATE TABLE item_draft (
    item_id       BIGINT        NOT NULL REFERENCES item (id),
    base_revision INT           NOT NULL CHECK (base_revision > 0),
    title         VARCHAR(2000) NOT NULL,
    subtitle      VARCHAR(2000),
    body          TEXT          NOT NULL,
    author        VARCHAR(200)  NOT NULL,
    saved_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (item_id, author)
);
