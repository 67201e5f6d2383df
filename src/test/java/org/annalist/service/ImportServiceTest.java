package org.annalist.service;

import org.annalist.model.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Batches on a real H2 file: failures are reported per file, nothing half-written, the rest lands. */
class ImportServiceTest {

    @TempDir
    Path tmp;

    private AnnalistSession open() {
        return org.annalist.testing.TestStores.session(tmp.resolve("data"), "测试编辑");
    }

    @Test
    void batchWithOneBadFileImportsTheOthers() throws Exception {
        Path good1 = TestFiles.seed("work-points-county-cppcc-2020.txt");
        Path bad = tmp.resolve("照片.txt");
        byte[] png = new byte[600];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(magic, 0, png, 0, magic.length);
        for (int i = magic.length; i < png.length; i++) png[i] = (byte) (i * 31);
        Files.write(bad, png);
        Path empty = tmp.resolve("空白.txt");
        Files.write(empty, new byte[0]);
        Path missing = tmp.resolve("不存在.txt");
        Path good2 = TestFiles.seed("web-article-nanjiang-cppcc-2024.txt");

        try (AnnalistSession s = open()) {
            List<String> started = new java.util.ArrayList<>();
            ImportService.BatchResult r = s.imports().importFiles(List.of(good1, bad, empty, missing, good2), null,
                    new ImportService.Progress() {
                        @Override
                        public void started(int index, int total, String fileName) {
                            started.add(index + "/" + total);
                        }
                    });
            assertThat(started).containsExactly("1/5", "2/5", "3/5", "4/5", "5/5");
            assertThat(r.failed()).isEqualTo(3);
            assertThat(r.files().get(0).ok()).isTrue();
            assertThat(r.files().get(1).error()).contains("照片.txt");
            assertThat(r.files().get(2).error()).contains("空白.txt").contains("空");
            assertThat(r.files().get(3).error()).contains("不存在.txt").contains("找不到");
            assertThat(r.files().get(4).ok()).isTrue();

            var tree = s.queries().tree();
            assertThat(tree.inbox()).extracting(Item::title)
                    .containsExactly("县政协2020年工作要点", "坚持“12345”工作思路 凝心聚力助推南江经济社会高质量发展");
            // the failed files left nothing behind: only two originals, one per good file
            long attachments = tree.inbox().stream().mapToLong(i -> s.queries().item(i.id()).orElseThrow().attachments().size()).sum();
            assertThat(attachments).isEqualTo(2);
        }
    }

    @Test
    void originalIsKeptWithItsHashAndFirstRevisionIsWritten() throws Exception {
        Path seed = TestFiles.seed("work-review-wudang-cppcc-2022.txt");
        byte[] bytes = Files.readAllBytes(seed);
        try (AnnalistSession s = open()) {
            ImportService.BatchResult r = s.imports().importFiles(List.of(seed), null, ImportService.Progress.NONE);
            Item item = r.files().get(0).items().get(0);
            var d = s.queries().item(item.id()).orElseThrow();
            assertThat(d.attachments()).hasSize(1);
            assertThat(d.attachments().get(0).sha256())
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            assertThat(d.attachments().get(0).originalName()).isEqualTo("work-review-wudang-cppcc-2022.txt");
            assertThat(d.revisions()).hasSize(1);
            assertThat(d.revisions().get(0).author()).isEqualTo("测试编辑");
            assertThat(d.importReports()).hasSize(1);
            assertThat(d.importReports().get(0)).contains("删除").contains("免责声明");
            assertThat(item.body()).doesNotContain("免责声明").doesNotContain("最新加入");
        }
    }

    @Test
    void gbkFileImportsLikeUtf8() throws Exception {
        String text = Files.readString(TestFiles.seed("work-points-county-cppcc-2020.txt"), StandardCharsets.UTF_8);
        Path gbk = tmp.resolve("要点-gbk.txt");
        Files.write(gbk, text.getBytes(Charset.forName("GBK")));
        try (AnnalistSession s = open()) {
            var r = s.imports().importFiles(List.of(gbk, TestFiles.seed("work-points-county-cppcc-2020.txt")), null,
                    ImportService.Progress.NONE);
            assertThat(r.failed()).isZero();
            Item fromGbk = r.files().get(0).items().get(0);
            Item fromUtf8 = r.files().get(1).items().get(0);
            assertThat(fromGbk.title()).isEqualTo(fromUtf8.title());
            assertThat(fromGbk.body()).isEqualTo(fromUtf8.body());
            assertThat(r.files().get(0).report().toText()).contains("GB");
        }
    }

    @Test
    void severalArticlesInOneFileBecomeItemsInOrderInTheSection() throws Exception {
        try (AnnalistSession s = open()) {
            s.demo().buildAll(TestFiles.archiveDir());
            var section = s.queries().section("demo-nianjian-2022/政治/人民政协").orElseThrow();
            var before = s.queries().publication("demo-nianjian-2022").orElseThrow().itemCount();
            var r = s.imports().importFiles(List.of(TestFiles.seed("special-edition-jiangsu-cppcc-2022.txt")),
                    section.id(), ImportService.Progress.NONE);
            assertThat(r.itemCount()).isEqualTo(7);
            assertThat(s.queries().publication("demo-nianjian-2022").orElseThrow().itemCount()).isEqualTo(before + 7);
            assertThat(r.files().get(0).items()).extracting(i -> i.metadata().credits().get(0).name())
                    .containsExactly("王立平", "陈红红", "卢佩民", "裴承前", "吴以广", "卞东方", "蒋树建");
        }
    }
}
