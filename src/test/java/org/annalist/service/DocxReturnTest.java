package org.annalist.service;

import org.annalist.cli.AnnalistCli;
import org.annalist.doc.Markdown;
import org.annalist.doc.Suggestions;
import org.annalist.importer.docx.WordFixtures;
import org.annalist.model.Item;
import org.annalist.model.ReviewComment;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review data out to Word and back (issue 13, item 4), in a real archive: an item with comments (a thread with a
 * reply, a resolved one) and pending suggestions goes out as a .docx with Word comments, commentsExtended threads and
 * w:ins/w:del; a contributor adds a comment and a tracked insertion of their own (with POI, as Word would write
 * them); the returned file read back into the same item gives a new revision with the suggestions of both authors and
 * the comments of both, the ones that went out not doubled.
 */
class DocxReturnTest {
    @TempDir
    Path tmp;
    private Path data;
    private long itemId;

    @BeforeEach
    void anItemWithReviewData() throws Exception {
        data = tmp.resolve("data");
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            var outcome = s.imports().importBytes("批注稿.docx", WordFixtures.commented(), null);
            assertThat(outcome.ok()).as(String.valueOf(outcome.problem())).isTrue();
            Item item = outcome.items().get(0);
            itemId = item.id();
            assertThat(item.body()).contains("收录稿件70余篇");
            String body = item.body().replace("收录稿件70余篇", "收录稿件[70余篇]{.deletion author=\"编辑乙\" date=\"2024-06-01T08:00:00Z\"}"
                    + "[73篇]{.insertion author=\"编辑乙\" date=\"2024-06-01T08:00:00Z\"}");
            s.editing().save(item.withBody(body), "审读");
            assertThat(s.queries().item(itemId).orElseThrow().comments()).hasSize(3);
        }
    }

    private DocxService.Summary export(Path out, boolean review) throws Exception {
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            return DocxService.item(s, itemId, out, new DocxService.Options("nianjian-16k", review, null));
        }
    }

    private static String part(XWPFDocument x, String name) throws Exception {
        for (PackagePart p : x.getPackage().getParts()) {
            if (p.getPartName().getName().equals(name)) {
                try (InputStream in = p.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }

    @Test
    void commentsAndSuggestionsGoOutAsWordReviewData() throws Exception {
        Path out = tmp.resolve("送审.docx");
        DocxService.Summary summary = export(out, true);
        assertThat(summary.comments()).isEqualTo(3);
        assertThat(summary.suggestions()).isEqualTo(2);
        try (XWPFDocument x = new XWPFDocument(Files.newInputStream(out))) {
            XWPFComment[] comments = x.getComments();
            assertThat(comments).extracting(XWPFComment::getAuthor).containsExactly("初审 李编辑", "作者 王老五", "复审 赵主任");
            // the importer's "resolved in Word" note is not sent back as text: the thread is marked done instead
            assertThat(comments[2].getText()).isEqualTo("73篇与正文“70余篇”一致。");
            String ext = part(x, "/word/commentsExtended.xml");
            assertThat(ext).isNotNull();
            assertThat(ext.split("w15:paraIdParent=", -1)).hasSize(2);
            assertThat(ext.split("w15:done=\"1\"", -1)).hasSize(2);
            String body = x.getDocument().xmlText();
            // the first thread marks exactly the words it quoted; the resolved one marks "73" in the table
            // (the marks our composition compressed are runs of their own, scaled: the text between the range's ends)
            assertThat(body).containsPattern("<w:commentRangeStart w:id=\"0\"/>\\s*<w:commentRangeStart w:id=\"1\"/>\\s*<w:r>");
            String quoted = body.substring(body.indexOf("<w:commentRangeStart w:id=\"1\"/>"), body.indexOf("<w:commentRangeEnd w:id=\"0\"/>"));
            assertThat(quoted.replaceAll("<w:t[^>]*>([^<]*)</w:t>|<[^>]+>", "$1")).isEqualTo("两期《乌当文史》");
            assertThat(body).containsPattern("<w:commentRangeStart w:id=\"2\"/>\\s*<w:r>.*?<w:t[^>]*>73</w:t>");
            assertThat(body).contains("w:author=\"编辑乙\"").contains("<w:delText").contains("70余篇");
        }

        Path plain = tmp.resolve("无审阅.docx");
        DocxService.Summary without = export(plain, false);
        assertThat(without.comments()).isZero();
        assertThat(without.suggestions()).isZero();
        try (XWPFDocument x = new XWPFDocument(Files.newInputStream(plain))) {
            assertThat(x.getComments()).isNullOrEmpty();
            String body = x.getDocument().xmlText();
            assertThat(body).doesNotContain("<w:ins ").doesNotContain("<w:del ").doesNotContain("commentRangeStart");
            // the text as it stood before the suggestion
            assertThat(x.getParagraphs().stream().map(XWPFParagraph::getText).toList()).anyMatch(t -> t.contains("收录稿件70余篇。"));
        }
    }

    /** What a contributor does in Word: one comment of their own on a passage, one tracked insertion. */
    private static void contributorEdits(Path docx) throws Exception {
        try (XWPFDocument x = new XWPFDocument(Files.newInputStream(docx))) {
            XWPFParagraph p = x.getParagraphs().stream().filter(q -> q.getText().contains("2022年编撰完成")).findFirst().orElseThrow();
            BigInteger id = BigInteger.valueOf(90);
            p.getCTP().addNewCommentRangeStart().setId(id);
            CTRunTrackChange ins = p.getCTP().addNewIns();
            ins.setId(BigInteger.valueOf(900));
            ins.setAuthor("供稿人 王五");
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(java.time.Instant.parse("2024-06-10T09:30:00Z").toEpochMilli());
            ins.setDate(when);
            CTR r = ins.addNewR();
            r.addNewT().setStringValue("另有图片12幅。");
            p.getCTP().addNewCommentRangeEnd().setId(id);
            p.createRun().getCTR().addNewCommentReference().setId(id);
            XWPFComment c = x.getDocComments().createComment(id);
            c.setAuthor("供稿人 王五");
            c.setDate(when);
            c.createParagraph().createRun().setText("补充了图片数量。");
            try (OutputStream o = Files.newOutputStream(docx)) {
                x.write(o);
            }
        }
    }

    @Test
    void aReturnedFileComesBackIntoTheSameItemWithTheReviewDataOfBothAuthors() throws Exception {
        Path out = tmp.resolve("送审.docx");
        export(out, true);
        contributorEdits(out);
        Path returned = Files.move(out, tmp.resolve("送审-王五改.docx"));

        // the command line: import the returned file into item N
        StringWriter so = new StringWriter(), se = new StringWriter();
        int code = AnnalistCli.run(new String[] {"--data", data.toString(), "--user", "编辑甲", "import", "--item", String.valueOf(itemId),
                returned.toString()}, new PrintWriter(so), new PrintWriter(se));
        assertThat(code).as(se.toString()).isZero();
        assertThat(so.toString()).contains("#" + itemId).contains("新批注 1 条").contains("已有 3 条");

        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            var details = s.queries().item(itemId).orElseThrow();
            List<ReviewComment> comments = details.comments();
            assertThat(comments).extracting(ReviewComment::author)
                    .containsExactly("初审 李编辑", "作者 王老五", "复审 赵主任", "供稿人 王五");
            assertThat(comments.get(1).parentId()).isEqualTo(comments.get(0).id());
            assertThat(comments.get(3).text()).isEqualTo("补充了图片数量。");
            assertThat(comments.get(3).anchor()).startsWith("2022年编撰完成");
            Item item = details.item();
            assertThat(details.revisions()).hasSizeGreaterThanOrEqualTo(3);
            List<Suggestions.Suggestion> pending = Suggestions.list(Markdown.parse(item.body()));
            assertThat(pending).extracting(Suggestions.Suggestion::author, Suggestions.Suggestion::text)
                    .contains(org.assertj.core.groups.Tuple.tuple("编辑乙", "70余篇"), org.assertj.core.groups.Tuple.tuple("编辑乙", "73篇"),
                            org.assertj.core.groups.Tuple.tuple("供稿人 王五", "另有图片12幅。"));
            // the 条目's title the export ran in is not taken into the body; the table came back
            assertThat(item.body()).doesNotContain("【").contains("文史资料").doesNotContain("% ").doesNotContain("乌当区政协文史工作");
            assertThat(item.title()).isEqualTo("乌当区政协文史工作");
        }

        // a second return of the same file adds nothing new
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            ImportService.Returned again = s.imports().importReturned(itemId, returned);
            assertThat(again.newComments()).isZero();
            assertThat(again.knownComments()).isEqualTo(4);
            assertThat(again.newRevision()).isFalse();
        }
    }

    @Test
    void aReturnForAMissingItemOrFileIsRefusedByName() throws Exception {
        Path out = tmp.resolve("送审.docx");
        export(out, true);
        StringWriter so = new StringWriter(), se = new StringWriter();
        int code = AnnalistCli.run(new String[] {"--data", data.toString(), "import", "--item", "999", out.toString()},
                new PrintWriter(so), new PrintWriter(se));
        assertThat(code).isEqualTo(1);
        assertThat(se.toString()).contains("送审.docx").contains("找不到编号为 999 的条目");
        se = new StringWriter();
        code = AnnalistCli.run(new String[] {"--data", data.toString(), "import", "--item", String.valueOf(itemId),
                tmp.resolve("没有这个文件.docx").toString()}, new PrintWriter(so), new PrintWriter(se));
        assertThat(code).isEqualTo(1);
        assertThat(se.toString()).contains("没有这个文件.docx");
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            assertThat(s.queries().item(itemId).orElseThrow().comments()).hasSize(3);
        }
    }

    /** An 条目 goes out with its title run in as 【title】 and comes back without it in its text: nothing changed. */
    @Test
    void anEntrysRunInTitleDoesNotComeBackIntoItsText() throws Exception {
        Path out = tmp.resolve("条目.docx");
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            Item entry = s.management().createItem(null, org.annalist.model.ItemKind.ENTRY, "概况");
            entry = s.editing().save(entry.withBody("2022年，区政协履职有力，全年召开会议12次。\n\n提案办复率100%。\n"), "写稿");
            DocxService.Summary sent = DocxService.item(s, entry.id(), out, DocxService.Options.of("nianjian-16k"));
            assertThat(sent.categories()).isZero();
            try (XWPFDocument x = new XWPFDocument(Files.newInputStream(out))) {
                assertThat(x.getParagraphs()).anyMatch(p -> p.getText().startsWith("【概况】2022年"));
            }
            ImportService.Returned back = s.imports().importReturned(entry.id(), out);
            assertThat(back.item().body()).doesNotContain("概况").contains("2022年，区政协履职有力").contains("提案办复率100%");
            assertThat(back.newRevision()).as(back.item().body()).isFalse();
            assertThat(back.newComments()).isZero();
        }
    }
}
