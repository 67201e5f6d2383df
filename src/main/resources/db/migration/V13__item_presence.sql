-- Who has which item open (正在编辑), for editors sharing one archive: one row per item and editing session (a
-- program's signed-in user; two windows of one user are two sessions), its heartbeat renewed every few seconds while
-- the item is shown. A row whose heartbeat is older than a minute is stale (the program ended or was killed without
-- removing it) and is ignored and cleared. Not audited and not kept: it describes the present, not the archive's
-- history. Plain SQL, the same on H2 and PostgreSQL.
CREATE TABLE item_presence (
    item_id  BIGINT       NOT NULL,
    session  VARCHAR(64)  NOT NULL,
    editor   VARCHAR(200) NOT NULL,
    seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (session)
);
CREATE INDEX item_presence_item ON item_presence (item_id, seen_at);
