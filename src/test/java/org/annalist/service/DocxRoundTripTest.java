package org.annalist.service;

import org.annalist.doc.Block;
import org.annalist.doc.Document;
import org.annalist.doc.Inline;
import org.annalist.doc.Markdown;
import org.annalist.importer.docx.WordFixtures;
import org.annalist.model.Attachment;
import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.ReviewComment;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What goes out to Word and comes back through {@code import --item} (issue 13): emphasis and strong emphasis come
 * back as the same inline kinds, a thread the contributor marks resolved in Word (commentsExtended w15:done) is
 * resolved on the stored comment, and a returned file's pictures are not stored a second time.
 */
class DocxRoundTripTest {
    @TempDir
    Path tmp;

    @Test
    void emphasisAndStrongComeBackAsTheSameKinds() throws Exception {
        Path data = tmp.resolve("data");
        Path out = tmp.resolve("强调.docx");
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            Item item = s.management().createItem(null, ItemKind.ARTICLE, "会议纪要");
            item = s.editing().save(item.withBody("会议强调*依法履职*，要求**按期办复**，其余照常。\n"), "写稿");
            DocxService.item(s, item.id(), out, DocxService.Options.of("nianjian-16k"));
            try (XWPFDocument x = new XWPFDocument(Files.newInputStream(out))) {
                XWPFRun emph = x.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                        .filter(r -> "依法履职".equals(r.text())).findFirst().orElseThrow();
                assertThat(emph.getStyle()).isEqualTo("Emphasis");
                assertThat(emph.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("KaiTi");
                // upright: Chinese emphasis is 楷体, not slanted
                assertThat(emph.isItalic()).isFalse();
                assertThat(x.getStyles().getStyle("Emphasis").getName()).isEqualTo("Emphasis");
            }
            ImportService.Returned back = s.imports().importReturned(item.id(), out);
            assertThat(back.newRevision()).as(back.item().body()).isFalse();
            Document doc = Markdown.parse(back.item().body());
            assertThat(kinds(doc, Inline.Emph.class)).containsExactly("依法履职");
            assertThat(kinds(doc, Inline.Strong.class)).containsExactly("按期办复");
        }
    }

    @Test
    void emphasisInsideALinkOrAnEntryTitleComesBack() throws Exception {
        Path data = tmp.resolve("data");
        Path out = tmp.resolve("链接.docx");
        String body = "**【*重点*工作】** 详见[政协*网站*](https://www.example.org/zx)，其余照常。\n";
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            Item item = s.management().createItem(null, ItemKind.ARTICLE, "会议纪要");
            item = s.editing().save(item.withBody(body), "写稿");
            Document before = Markdown.parse(item.body());
            assertThat(kinds(before, Inline.Emph.class)).containsExactly("重点", "网站");
            DocxService.item(s, item.id(), out, DocxService.Options.of("nianjian-16k"));
            try (XWPFDocument x = new XWPFDocument(Files.newInputStream(out))) {
                String xml = x.getDocument().xmlText();
                // the link is one w:hyperlink holding a run per look: 政协, the emphasised 网站
                assertThat(xml).containsPattern("<w:hyperlink[^>]*>(?:(?!</w:hyperlink>).)*Emphasis(?:(?!</w:hyperlink>).)*网站");
            }
            ImportService.Returned back = s.imports().importReturned(item.id(), out);
            Document doc = Markdown.parse(back.item().body());
            // the emphasis comes back as emphasis, in the link and in the title; the link in one piece, the title
            // as the 条目's title: the text is the one that went out
            assertThat(kinds(doc, Inline.Emph.class)).as(back.item().body()).containsExactly("重点", "网站");
            assertThat(kinds(doc, Inline.Link.class)).containsExactly("政协网站");
            assertThat(kinds(doc, Inline.EntryTitle.class)).containsExactly("重点工作");
            assertThat(back.newRevision()).as(back.item().body()).isFalse();
        }
    }

    @Test
    void aThreadResolvedInWordIsResolvedOnTheStoredComment() throws Exception {
        Path data = tmp.resolve("data");
        long itemId;
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            var outcome = s.imports().importBytes("批注稿.docx", WordFixtures.commented(), null);
            assertThat(outcome.ok()).isTrue();
            itemId = outcome.items().get(0).id();
            List<ReviewComment> comments = s.queries().item(itemId).orElseThrow().comments();
            assertThat(comments).hasSize(3);
            assertThat(ImportService.resolvedNote(comments.get(0).text())).isFalse();
            assertThat(ImportService.resolvedNote(comments.get(2).text())).isTrue();
        }
        Path out = tmp.resolve("送审.docx");
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            DocxService.item(s, itemId, out, DocxService.Options.of("nianjian-16k"));
        }
        // the contributor marks the first thread done in Word: w15:done="1" on its comment in commentsExtended.xml
        try (OPCPackage pkg = OPCPackage.open(out.toFile())) {
            PackagePart ext = pkg.getParts().stream()
                    .filter(p -> p.getPartName().getName().equals("/word/commentsExtended.xml")).findFirst().orElseThrow();
            String xml;
            try (InputStream in = ext.getInputStream()) {
                xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher first = Pattern.compile("<w15:commentEx [^>]*w15:done=\"0\"").matcher(xml);
            assertThat(first.find()).as(xml).isTrue();
            xml = xml.substring(0, first.start()) + first.group().replace("w15:done=\"0\"", "w15:done=\"1\"") + xml.substring(first.end());
            try (OutputStream o = ext.getOutputStream()) {
                o.write(xml.getBytes(StandardCharsets.UTF_8));
            }
        }
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            ImportService.Returned back = s.imports().importReturned(itemId, out);
            assertThat(back.newComments()).isZero();
            assertThat(back.resolvedComments()).isEqualTo(1);
            List<ReviewComment> comments = s.queries().item(itemId).orElseThrow().comments();
            assertThat(comments).hasSize(3);
            assertThat(comments.get(0).resolved()).as(comments.get(0).text()).isTrue();
            assertThat(comments.get(1).resolved()).isFalse();
            // and it goes out resolved the next time
            Path again = tmp.resolve("再送审.docx");
            DocxService.item(s, itemId, again, DocxService.Options.of("nianjian-16k"));
            try (XWPFDocument x = new XWPFDocument(Files.newInputStream(again))) {
                String ext = null;
                for (PackagePart p : x.getPackage().getParts()) {
                    if (p.getPartName().getName().equals("/word/commentsExtended.xml")) {
                        try (InputStream in = p.getInputStream()) {
                            ext = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        }
                    }
                }
                assertThat(ext).isNotNull();
                // the whole first thread (the comment and its reply) and the one resolved before
                assertThat(ext.split("w15:done=\"1\"", -1)).hasSize(4);
            }
            // a second return changes nothing more
            assertThat(s.imports().importReturned(itemId, out).resolvedComments()).isZero();
        }
    }

    @Test
    void aReturnedFilesPicturesAreNotStoredTwice() throws Exception {
        Path data = tmp.resolve("data");
        Path out = tmp.resolve("图片稿.docx");
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            var outcome = s.imports().importBytes("illustrated.docx", WordFixtures.illustrated(), null);
            assertThat(outcome.ok()).isTrue();
            long itemId = outcome.items().get(0).id();
            List<Attachment> pictures = pictures(s, itemId);
            assertThat(pictures).hasSize(1);
            DocxService.Summary sent = DocxService.item(s, itemId, out, DocxService.Options.of("nianjian-16k"));
            assertThat(sent.figures()).isEqualTo(1);
            ImportService.Returned back = s.imports().importReturned(itemId, out);
            ImportService.Returned twice = s.imports().importReturned(itemId, out);
            assertThat(pictures(s, itemId)).extracting(Attachment::id).containsExactlyElementsOf(pictures.stream().map(Attachment::id).toList());
            // the text names the picture it had: no new revision for a picture that only went out and came back
            assertThat(back.item().body()).contains("attachment:" + pictures.get(0).id());
            assertThat(twice.newRevision()).isFalse();
        }
    }

    private static List<Attachment> pictures(AnnalistSession s, long itemId) {
        return s.queries().item(itemId).orElseThrow().attachments().stream().filter(a -> a.mediaType().startsWith("image/")).toList();
    }

    private static List<String> kinds(Document doc, Class<? extends Inline> kind) {
        List<String> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Block.Paragraph p) collect(p.content(), kind, out);
        }
        return out;
    }

    private static void collect(List<Inline> in, Class<? extends Inline> kind, List<String> out) {
        for (Inline i : in) {
            if (kind.isInstance(i)) {
                out.add(org.annalist.doc.Inlines.plainText(children(i)));
            } else {
                collect(children(i), kind, out);
            }
        }
    }

    private static List<Inline> children(Inline i) {
        if (i instanceof Inline.Emph e) return e.content();
        if (i instanceof Inline.Strong e) return e.content();
        if (i instanceof Inline.Span e) return e.content();
        if (i instanceof Inline.Link e) return e.content();
        if (i instanceof Inline.EntryTitle e) return e.content();
        return List.of();
    }
}
