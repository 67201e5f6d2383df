package org.annalist.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Typesetting reports progress inside its long phases (every few hundred blocks, every page laid out,
 * every page put into the PDF), so a report that throws — a cancelled task — stops it there, not at the
 * end of the phase; a cancelled export leaves neither a PDF nor a temporary file.
 */
class TypesetCancelTest {
    @TempDir
    Path tmp;

    private record Report(String phase, long done, long total) {
    }

    /** A book of a few hundred paragraphs (a yearbook's 类目 of 条目) from the seeds' sentences. */
    private static String book(int entries) throws Exception {
        String seed = Files.readString(TestFiles.seed("work-review-wudang-cppcc-2022.txt"), StandardCharsets.UTF_8);
        List<String> sentences = new ArrayList<>();
        for (String s : seed.split("(?<=。)")) if (s.strip().length() > 12 && !s.contains("\n")) sentences.add(s.strip());
        StringBuilder md = new StringBuilder("% 取消测试年鉴\n\n# 综述\n\n");
        for (int e = 0; e < entries; e++) {
            if (e % 50 == 0) md.append("## 分目").append(e / 50 + 1).append("\n\n");
            md.append("**【条目").append(e + 1).append("】** ");
            for (int i = 0; i < 3; i++) md.append(sentences.get((e * 3 + i) % sentences.size()));
            md.append("\n\n");
        }
        return md.toString();
    }

    private TypesetService.Options options() {
        return new TypesetService.Options("nianjian-16k", false, false, false, null, tmp.resolve("cache"));
    }

    /** Reports to a list and throws, as a cancelled task's progress does, once {@code stopAt} says so. */
    private static TypesetService.Progress recording(List<Report> seen, java.util.function.Predicate<Report> stopAt) {
        return (phase, done, total) -> {
            Report r = new Report(phase, done, total);
            seen.add(r);
            if (stopAt.test(r)) throw new CancellationException("已取消");
        };
    }

    private List<Path> filesIn(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void composingReportsEveryFewHundredBlocksAndStopsThere() throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        List<Report> seen = new ArrayList<>();
        assertThatThrownBy(() -> TypesetService.markdown(book(600), "书", out.resolve("书.pdf"), options(),
                recording(seen, r -> r.phase().equals("组版") && r.done() > 0)))
                .isInstanceOf(CancellationException.class);
        Report last = seen.get(seen.size() - 1);
        assertThat(last.phase()).isEqualTo("组版");
        assertThat(last.done()).isPositive().isLessThan(last.total() / 2); // the first batch of paragraphs, of 1200 blocks' work
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void everyPageIsReportedAndCancellingWhileThePdfIsWrittenLeavesTheLastGoodFileAlone() throws Exception {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Path pdf = out.resolve("书.pdf");
        String md = book(300);
        // a full run first: pages are reported one by one while they are made and while they are written
        List<Report> full = new ArrayList<>();
        TypesetService.Summary s = TypesetService.markdown(md, "书", pdf, options(), recording(full, r -> false));
        assertThat(s.bodyPages()).isGreaterThan(5);
        List<Long> made = full.stream().filter(r -> r.phase().equals("页面") && r.done() > 0).map(Report::done).toList();
        assertThat(made).hasSize(s.bodyPages()).startsWith(1L, 2L, 3L);
        List<Long> written = full.stream().filter(r -> r.phase().equals("写出 PDF") && r.done() > 0).map(Report::done).distinct().toList();
        assertThat(written).hasSize(s.pages()).startsWith(1L, 2L, 3L);
        assertThat(full.stream().filter(r -> r.phase().equals("分栏分页")).count()).isGreaterThan(5);
        byte[] good = Files.readAllBytes(pdf);

        // then cancelled at the third page written: the exception reaches the caller, nothing else is written
        List<Report> seen = new ArrayList<>();
        assertThatThrownBy(() -> TypesetService.markdown(md, "书", pdf, options(),
                recording(seen, r -> r.phase().equals("写出 PDF") && r.done() == 3)))
                .isInstanceOf(CancellationException.class);
        assertThat(seen.get(seen.size() - 1)).isEqualTo(new Report("写出 PDF", 3, s.pages()));
        assertThat(filesIn(out)).containsExactly(pdf);
        assertThat(Files.readAllBytes(pdf)).isEqualTo(good);

        // and cancelled while pages are laid out: stops at that page
        seen.clear();
        Files.delete(pdf);
        assertThatThrownBy(() -> TypesetService.markdown(md, "书", pdf, options(),
                recording(seen, r -> r.phase().equals("页面") && r.done() == 2)))
                .isInstanceOf(CancellationException.class);
        assertThat(seen.get(seen.size() - 1).done()).isEqualTo(2);
        assertThat(filesIn(out)).isEmpty();
    }
}
