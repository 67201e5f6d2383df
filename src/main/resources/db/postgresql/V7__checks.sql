-- 校对检查 (proofreading checks). A publication's settings — each rule on/off with its severity, and the exception
-- words — kept as the text org.annalist.check.CheckSettings writes (one line each), so a rule added later needs no
-- migration. Ignored findings: one row per item and place (rule, the text and the characters around it, see
-- org.annalist.check.Finding.place), so an ignored finding stays ignored when text elsewhere in the item changes.
-- Written to run after V1 whatever else comes between (Flyway runs with outOfOrder): it only creates its own tables.
CREATE TABLE IF NOT EXISTS check_settings (
    publication_id BIGINT PRIMARY KEY REFERENCES publication (id),
    settings       TEXT NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     VARCHAR(200) NOT NULL
);

CREATE TABLE IF NOT EXISTS check_ignored (
    item_id    BIGINT        NOT NULL REFERENCES item (id),
    place      VARCHAR(1000) NOT NULL,
    ignored_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ignored_by VARCHAR(200)  NOT NULL,
    PRIMARY KEY (item_id, place)
);
