package org.annalist.service;

import org.annalist.store.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** 待办 by state and duty on a real archive: each person sees what waits for them and nothing they may not sign. */
class WorkQueueTest {
    @TempDir
    Path dir;

    @Test
    void eachPersonSeesWhatWaitsForThem() {
        try (Archive archive = org.annalist.testing.TestStores.open(dir)) {
            ReviewFixture f = new ReviewFixture(archive, "示范县年鉴");
            Map<String, Long> at = new java.util.LinkedHashMap<>();
            for (String s : List.of("收稿", "供稿单位审核", "初审", "复审", "终审", "退修(复审)", "定稿", "复审(兼签初审)")) {
                at.put(s, f.itemAt(s).id());
            }
            assertThat(titles(archive, "甲")).containsExactlyInAnyOrder("收稿稿", "供稿单位审核稿", "初审稿", "退修(复审)稿");
            assertThat(titles(archive, "乙")).containsExactlyInAnyOrder("复审稿", "复审(兼签初审)稿");
            assertThat(titles(archive, "丙")).containsExactlyInAnyOrder("终审稿");
            // 戊, contact of 示范县统计局 (the items' contributor): unit review and returned items
            assertThat(titles(archive, "戊")).containsExactlyInAnyOrder("供稿单位审核稿", "退修(复审)稿");
            // 兼 holds all three duties but signed 初审 of one item: its 复审 is not theirs
            assertThat(titles(archive, "兼")).contains("初审稿", "复审稿", "终审稿").doesNotContain("复审(兼签初审)稿", "定稿稿");
            assertThat(titles(archive, "丁")).isEmpty();
            assertThat(titles(archive, "庚")).isEmpty();
            assertThat(WorkQueue.of(archive, "甲")).allSatisfy(e -> assertThat(e.publication()).isEqualTo("示范县年鉴"));
        }
    }

    private static List<String> titles(Archive archive, String who) {
        return WorkQueue.of(archive, who).stream().map(WorkQueue.Entry::title).collect(Collectors.toList());
    }
}
