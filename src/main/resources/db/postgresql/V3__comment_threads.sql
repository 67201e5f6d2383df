-- Review comments in threads (a reply names the comment it answers) and the exact text a comment marks.
ALTER TABLE review_comment ADD COLUMN parent_id BIGINT REFERENCES review_comment (id);
ALTER TABLE review_comment ADD COLUMN quote TEXT;
