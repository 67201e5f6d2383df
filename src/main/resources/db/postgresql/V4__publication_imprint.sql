-- 版本记录 (the 版权页's CIP data, people, 版次, 书号, 定价) of a publication: one row per field that is set,
-- named as in org.annalist.doc.Imprint.FIELDS (编者, 出版社, ISBN, …). Fields the typesetter computes
-- (开本, 印张, 字数) are not stored. V3 is left to another change on its way.
CREATE TABLE publication_imprint (
    publication_id BIGINT        NOT NULL REFERENCES publication (id),
    field          VARCHAR(40)   NOT NULL CHECK (TRIM(field) <> ''),
    field_value    VARCHAR(2000) NOT NULL CHECK (TRIM(field_value) <> ''),
    PRIMARY KEY (publication_id, field)
);
