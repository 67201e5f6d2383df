package org.annalist.service;

import org.annalist.i18n.LocalizedException;
import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemMetadata;
import org.annalist.model.ReviewComment;
import org.annalist.store.Archive;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 批注 written in the program on a real H2 archive: anchored to words that stay the same words through edits
 * before, inside and after them, orphaned (kept, listed first) when the words are deleted, the same after the archive
 * is opened again; replies, resolve, reopen, delete one's own; imported Word comments in the same threads; and the
 * threads out in a .docx read back with POI (replies, resolved state, the marked words as they read now).
 */
class CommentServiceTest {
    @TempDir
    Path dir;

    private static final String V1 = "祖父张𠀋生，光绪年间生于城南。\n\n他少年时在私塾读书。\n\n后来到县城学做生意。\n";

    private static long item(Archive archive, String body) {
        return archive.inTransaction(tx -> tx.insertItem(
                Item.draft(ItemKind.ARTICLE, "我的祖父", null, body, ItemMetadata.EMPTY), "李编辑", "导入")).id();
    }

    private static String marked(String text, CommentService.Thread t) {
        return text.substring(t.from(), t.to());
    }

    @Test
    void anAnchorFollowsItsWordsThroughEditsBeforeInsideAndAfterAndIsOrphanedWhenTheyGo() {
        long id;
        long gone;
        String edited;
        try (Archive archive = Archive.open(dir)) {
            id = item(archive, V1);
            CommentService cs = new CommentService(archive, "王审稿");
            int at = V1.indexOf("光绪年间");
            ReviewComment c = cs.add(id, V1, at, at + 4, "请核实具体年份");
            ReviewComment onSchool = cs.add(id, V1, V1.indexOf("私塾"), V1.indexOf("私塾") + 2, "哪一所私塾？");
            gone = onSchool.id();
            assertThat(c.author()).isEqualTo("王审稿");
            assertThat(c.quote()).isEqualTo("光绪年间");

            // before: a sentence typed ahead of the words
            String before = "（据家谱）" + V1;
            assertThat(marked(before, thread(cs.threads(id, before), c.id()))).isEqualTo("光绪年间");
            // inside: the range takes in what was typed within it
            String inside = V1.replace("光绪年间", "光绪二十年间");
            assertThat(marked(inside, thread(cs.threads(id, inside), c.id()))).isEqualTo("光绪二十年间");
            // after: text changed behind the words (the other comment's words deleted) leaves it where it was
            edited = V1.replace("光绪年间", "光绪（1894年）年间").replace("他少年时在私塾读书。\n\n", "")
                    .replace("学做生意", "学做布匹生意");
            List<CommentService.Thread> threads = cs.threads(id, edited);
            assertThat(marked(edited, thread(threads, c.id()))).isEqualTo("光绪（1894年）年间");
            // deleted words: the comment stays, orphaned, first in the list, with the words it marked
            CommentService.Thread orphan = threads.get(0);
            assertThat(orphan.root().id()).isEqualTo(gone);
            assertThat(orphan.orphaned()).isTrue();
            assertThat(orphan.quote()).isEqualTo("私塾");
            assertThat(threads.get(1).orphaned()).isFalse();
            new ItemEditing(archive, "王审稿").commit(archive.read(tx -> tx.item(id)).orElseThrow().withBody(edited), "改年份");
        }
        // the anchors are in the archive: opened again, the same places on the saved text
        try (Archive archive = Archive.open(dir)) {
            CommentService cs = new CommentService(archive, "赵主编");
            List<CommentService.Thread> threads = cs.threads(id, edited);
            assertThat(threads).hasSize(2);
            assertThat(threads.get(0).orphaned()).isTrue();
            assertThat(marked(edited, threads.get(1))).isEqualTo("光绪（1894年）年间");
            // and a further edit is measured against the anchor's own text, not lost on the way
            String later = "一、家世\n\n" + edited.replace("（1894年）年间", "二十年间");
            assertThat(marked(later, cs.threads(id, later).get(1))).isEqualTo("光绪二十年间");
        }
    }

    @Test
    void repliesResolveReopenAndOnlyOnesOwnAreDeleted() {
        try (Archive archive = Archive.open(dir)) {
            long id = item(archive, V1);
            CommentService wang = new CommentService(archive, "王审稿");
            CommentService zhao = new CommentService(archive, "赵主编");
            int at = V1.indexOf("城南");
            ReviewComment root = wang.add(id, V1, at, at + 2, "城南何处？");
            ReviewComment answer = zhao.reply(root.id(), "南门外老街");
            zhao.reply(answer.id(), "已补入正文");
            CommentService.Thread t = wang.threads(id, V1).get(0);
            assertThat(t.replies()).extracting(ReviewComment::author, ReviewComment::text)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("赵主编", "南门外老街"),
                            org.assertj.core.groups.Tuple.tuple("赵主编", "已补入正文"));
            assertThat(t.resolved()).isFalse();
            zhao.resolve(answer.id(), true); // any comment of the thread resolves the thread
            assertThat(wang.threads(id, V1).get(0).resolved()).isTrue();
            wang.resolve(root.id(), false);
            assertThat(wang.threads(id, V1).get(0).resolved()).isFalse();

            assertThatThrownBy(() -> zhao.delete(root.id())).isInstanceOf(LocalizedException.class)
                    .hasMessageContaining("只能删除自己的批注").hasMessageContaining("王审稿");
            assertThatThrownBy(() -> wang.add(id, V1, 0, 1, "  ")).isInstanceOf(LocalizedException.class);
            assertThat(zhao.delete(answer.id())).isEqualTo(2); // the reply and the reply under it
            assertThat(wang.threads(id, V1).get(0).replies()).isEmpty();
            assertThat(wang.delete(root.id())).isEqualTo(1);
            assertThat(wang.threads(id, V1)).isEmpty();
            assertThat(archive.read(tx -> tx.audit(100)).stream().map(Object::toString).toList())
                    .anyMatch(s -> s.contains("comment.delete")).anyMatch(s -> s.contains("comment.resolve"));
        }
    }

    @Test
    void anImportedWordCommentJoinsTheThreadsAndIsAnchoredWhereItsWordsAre() {
        try (Archive archive = Archive.open(dir)) {
            long id = item(archive, V1);
            archive.inTransaction(tx -> tx.insertComment(new ReviewComment(0, id, "初审 李编辑", java.time.Instant.parse("2024-05-01T08:00:00Z"),
                    "私塾名称待查", "他少年时在私塾读书。", "word", null, "私塾"), "导入"));
            CommentService cs = new CommentService(archive, "王审稿");
            CommentService.Thread t = cs.threads(id, V1).get(0);
            assertThat(t.orphaned()).isFalse();
            assertThat(marked(V1, t)).isEqualTo("私塾");
            // anchored now: text typed before it and inside it no longer loses it
            String edited = "前言。\n\n" + V1.replace("私塾", "私立学塾");
            assertThat(marked(edited, cs.threads(id, edited).get(0))).isEqualTo("私立学塾");
        }
    }

    @Test
    void threadsGoOutInTheDocxWithRepliesResolvedStateAndTheWordsAsTheyReadNow() throws Exception {
        Path data = dir.resolve("data");
        long id;
        try (Archive archive = Archive.open(data)) {
            id = item(archive, V1);
        }
        try (AnnalistSession s = AnnalistSession.open(data, false, "王审稿")) {
            int at = V1.indexOf("光绪年间");
            ReviewComment first = s.comments().add(id, V1, at, at + 4, "请核实具体年份");
            s.comments().reply(first.id(), "家谱载为光绪二十年");
            ReviewComment second = s.comments().add(id, V1, V1.indexOf("县城"), V1.indexOf("县城") + 2, "哪个县？");
            s.comments().resolve(second.id(), true);
            s.editing().commit(s.queries().item(id).orElseThrow().item().withBody(V1.replace("光绪年间", "光绪二十年间")), "改年份");
        }
        Path out = dir.resolve("批注.docx");
        try (AnnalistSession s = AnnalistSession.open(data, false, "王审稿")) {
            DocxService.Summary summary = DocxService.item(s, id, out, new DocxService.Options("nianjian-16k", true, null));
            assertThat(summary.comments()).isEqualTo(3);
            assertThat(summary.warnings()).noneMatch(w -> w.contains("请核实"));
        }
        try (XWPFDocument x = new XWPFDocument(Files.newInputStream(out))) {
            XWPFComment[] comments = x.getComments();
            assertThat(comments).extracting(XWPFComment::getAuthor).containsOnly("王审稿");
            assertThat(comments).extracting(XWPFComment::getText).containsExactly("请核实具体年份", "家谱载为光绪二十年", "哪个县？");
            String ext = part(x, "/word/commentsExtended.xml");
            assertThat(ext.split("w15:paraIdParent=", -1)).hasSize(2); // one reply
            assertThat(ext.split("w15:done=\"1\"", -1)).hasSize(2); // one resolved thread
            String body = x.getDocument().xmlText();
            // the first thread marks the words as they read after the edit
            assertThat(body).containsPattern("<w:commentRangeStart w:id=\"0\"/>\\s*<w:commentRangeStart w:id=\"1\"/>\\s*<w:r>.*?<w:t[^>]*>光绪二十年间</w:t>");
            assertThat(body).containsPattern("<w:commentRangeStart w:id=\"2\"/>\\s*<w:r>.*?<w:t[^>]*>县城</w:t>");
        }
    }

    private static CommentService.Thread thread(List<CommentService.Thread> threads, long rootId) {
        return threads.stream().filter(t -> t.root().id() == rootId).findFirst().orElseThrow();
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
}
