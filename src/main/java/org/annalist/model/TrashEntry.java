package org.annalist.model;

import java.time.Instant;

/**
 * One deletion in the 回收站 (trash): what was deleted ({@code kind}, {@code entityId}, its name when deleted),
 * by whom and when, and how many sections and items went with it. Restoring it brings back exactly those.
 * {@code place}: where it was, from the publication down to the section that held it (《示范年鉴》2022, 政治, 中共县委);
 * empty for a publication and for an item of the 收稿箱.
 */
public record TrashEntry(long id, Kind kind, long entityId, String label, Instant deletedAt, String deletedBy,
                         int sections, int items, java.util.List<String> place) {

    public TrashEntry {
        place = place == null ? java.util.List.of() : java.util.List.copyOf(place);
    }

    /** What a trash entry holds. */
    public enum Kind implements Labels.Labelled {
        /** 出版物: a 年鉴 volume or a 文史 辑 with everything in it. */
        PUBLICATION("出版物"),
        /** 栏目: a 类目/分目/子目 (or 文史 栏目) with everything under it. */
        SECTION("栏目"),
        /** 稿件: one 条目 or 篇. */
        ITEM("稿件");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }
}
