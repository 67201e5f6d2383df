package org.annalist.doc.diff;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Character differences of Chinese text: phrases, non-BMP characters, moved paragraphs, markup and offsets. */
class TextDiffTest {

    /** Every property a difference must have, whatever the texts. */
    private static void wellFormed(TextDiff d) {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (TextDiff.Segment s : d.segments()) {
            assertThat(s.text()).isNotEmpty();
            assertThat(Character.isLowSurrogate(s.text().charAt(0))).as("segment %s starts inside a code point", s).isFalse();
            assertThat(Character.isHighSurrogate(s.text().charAt(s.text().length() - 1))).as("segment %s ends inside a code point", s).isFalse();
            switch (s.kind()) {
                case SAME -> {
                    a.append(s.text());
                    b.append(s.text());
                }
                case DELETED, MOVED_AWAY -> a.append(s.text());
                case INSERTED, MOVED_HERE -> b.append(s.text());
            }
            if (s.aTo() > s.aFrom()) assertThat(d.a().text().substring(s.aFrom(), s.aTo())).isEqualTo(s.text());
            if (s.bTo() > s.bFrom()) assertThat(d.b().text().substring(s.bFrom(), s.bTo())).isEqualTo(s.text());
        }
        assertThat(a.toString()).isEqualTo(d.a().text());
        assertThat(b.toString()).isEqualTo(d.b().text());
    }

    private static TextDiff diff(String a, String b) {
        TextDiff d = TextDiff.of(a, b);
        wellFormed(d);
        return d;
    }

    @Test
    void aRewrittenChinesePhraseIsOneChangeNotScatteredCharacters() {
        // a character-minimal diff keeps 年 and 后来 apart inside the rewrite; the cleanup gives the whole phrase
        TextDiff d = diff("他在北京工作了三年，后来回到家乡。", "她于上海生活过五年，后来回到家乡。");
        assertThat(d.inline()).isEqualTo("[-他在北京工作了三-]{+她于上海生活过五+}年，后来回到家乡。\n");
        assertThat(diff("光绪年间生于城南。", "光绪二十年生于城南。").inline()).isEqualTo("光绪[-年间-]{+二十年+}生于城南。\n");
        TextDiff numbers = diff("粮食总产量十二万吨，增长百分之三。", "粮食总产量十三点五万吨，增长百分之四点二。");
        assertThat(numbers.inline()).isEqualTo("粮食总产量十[-二-]{+三点五+}万吨，增长百分之[-三-]{+四点二+}。\n");
        assertThat(numbers.inserted()).isEqualTo(6);
        assertThat(numbers.deleted()).isEqualTo(2);
    }

    @Test
    void anInsertionSlidesToTheClauseBoundary() {
        // the inserted clause could stand one 。 earlier or later: it is put after the sentence mark it belongs to
        TextDiff d = diff("会议在县城召开。会期三天。", "会议在县城召开。会议由县长主持。会期三天。");
        assertThat(d.inline()).isEqualTo("会议在县城召开。{+会议由县长主持。+}会期三天。\n");
    }

    @Test
    void nonBmpCharactersStayWhole() {
        // 𠀋 U+2000B and 𠀍 U+2000D share their first UTF-16 half: a diff over chars would keep it and change the other
        TextDiff d = diff("祖父名叫张𠀋生。", "祖父名叫张𠀍生。");
        assertThat(d.changes()).extracting(TextDiff.Segment::kind, TextDiff.Segment::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TextDiff.Kind.DELETED, "𠀋"),
                org.assertj.core.groups.Tuple.tuple(TextDiff.Kind.INSERTED, "𠀍"));
        assertThat(d.deleted()).isEqualTo(1);
        TextDiff.Segment deleted = d.changes().get(0);
        int[] at = d.markdownA(deleted);
        assertThat("祖父名叫张𠀋生。".substring(at[0], at[1])).isEqualTo("𠀋");
        assertThat(diff("𠀀𠀁𠀂", "𠀀𠀂").inline()).isEqualTo("𠀀[-𠀁-]𠀂\n");
    }

    @Test
    void randomTextsWithNonBmpCharactersGiveWellFormedDifferences() {
        String[] alphabet = {"𠀋", "𠀍", "𠀀", "𡘙", "的", "了", "县", "。", "，", "a", "\n\n"};
        Random random = new Random(14);
        for (int round = 0; round < 300; round++) {
            StringBuilder a = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) a.append(alphabet[random.nextInt(alphabet.length)]);
            StringBuilder b = new StringBuilder(a);
            for (int e = random.nextInt(6); e > 0 && b.length() > 0; e--) {
                int at = b.offsetByCodePoints(0, random.nextInt(b.codePointCount(0, b.length())));
                if (random.nextBoolean()) b.insert(at, alphabet[random.nextInt(alphabet.length)]);
                else b.delete(at, at + Character.charCount(b.codePointAt(at)));
            }
            wellFormed(TextDiff.of(Reading.plain(a.toString().replace("\n\n", "\n")), Reading.plain(b.toString().replace("\n\n", "\n"))));
            wellFormed(TextDiff.of(a.toString(), b.toString()));
        }
    }

    @Test
    void aMovedParagraphIsAMoveWithItsPlaceInBothRevisions() {
        String a = "第一段讲童年。\n\n第二段讲求学。\n\n第三段讲工作。\n\n第四段讲晚年。\n";
        String b = "第一段讲童年。\n\n第三段讲工作。\n\n第四段讲晚年，有改动。\n\n第二段讲求学。\n";
        TextDiff d = diff(a, b);
        assertThat(d.moves()).isEqualTo(1);
        assertThat(d.inline()).isEqualTo("第一段讲童年。\n[<1 第二段讲求学。<]\n第三段讲工作。\n第四段讲晚年{+，有改动+}。\n{>1 第二段讲求学。>}\n");
        TextDiff.Segment away = d.changes().get(0);
        TextDiff.Segment here = d.changes().get(2);
        assertThat(away.kind()).isEqualTo(TextDiff.Kind.MOVED_AWAY);
        assertThat(here.kind()).isEqualTo(TextDiff.Kind.MOVED_HERE);
        assertThat(here.move()).isEqualTo(away.move());
        int[] from = d.markdownA(away);
        int[] to = d.markdownB(here);
        assertThat(a.substring(from[0], from[1])).isEqualTo("第二段讲求学。");
        assertThat(b.substring(to[0], to[1])).isEqualTo("第二段讲求学。");
        assertThat(d.inserted()).as("a move is not an insertion").isEqualTo(4);
    }

    @Test
    void twoParagraphsSwappedAndAnotherRewrittenNearby() {
        String a = "甲段：祖籍山东。\n\n乙段：民国三年生。\n\n丙段：幼年随父迁居。\n\n丁段：晚年著述。\n";
        String b = "乙段：民国三年生。\n\n甲段：祖籍山东。\n\n丙段：少年随叔父迁居。\n\n丁段：晚年著述。\n";
        TextDiff d = diff(a, b);
        assertThat(d.moves()).isEqualTo(1);
        // the rewritten paragraph is still compared with its old self, not deleted and inserted whole: two small edits
        // with a longer kept "年随" between them stay two
        assertThat(d.inline()).isEqualTo("[<1 甲段：祖籍山东。<]\n乙段：民国三年生。\n{>1 甲段：祖籍山东。>}\n丙段：[-幼-]{+少+}年随{+叔+}父迁居。\n丁段：晚年著述。\n");
    }

    @Test
    void theMarkupIsNotCompared() {
        // emphasis added and a footnote label renamed: a reader reads the same
        assertThat(diff("县志记载[^1]：民国三年修桥。\n\n[^1]: 见卷二。\n", "*县志*记载[^a]：民国三年修桥。\n\n[^a]: 见卷二。\n").same()).isTrue();
        // a change inside emphasis is found at its place in the Markdown
        String a = "**县志**记载：*民国三年*修桥。";
        String b = "**县志**记载：*民国五年*修桥，次年竣工。";
        TextDiff d = diff(a, b);
        assertThat(d.inline()).isEqualTo("县志记载：民国[-三-]{+五+}年修桥{+，次年竣工+}。\n");
        int[] three = d.markdownA(d.changes().get(0));
        assertThat(a.substring(three[0], three[1])).isEqualTo("三");
        int[] added = d.markdownB(d.changes().get(2));
        assertThat(b.substring(added[0], added[1])).isEqualTo("，次年竣工");
        int[] place = d.markdownA(d.changes().get(2));
        assertThat(place[0]).isEqualTo(place[1]);
        assertThat(a.substring(0, place[0])).endsWith("修桥");
    }

    @Test
    void aPendingDeletionIsNotReadAndItsInsertionIs() {
        String a = "会议于三月召开。";
        String b = "会议于[三月]{.deletion author=\"张三\"}[四月]{.insertion author=\"张三\"}召开。";
        assertThat(diff(a, b).inline()).isEqualTo("会议于[-三-]{+四+}月召开。\n");
    }

    @Test
    void paragraphsSplitAndJoined() {
        assertThat(diff("甲乙丙。丁戊己。", "甲乙丙。\n\n丁戊己。").inline()).isEqualTo("甲乙丙。{+¶+}\n丁戊己。\n");
        assertThat(diff("甲乙丙。\n\n丁戊己。", "甲乙丙。丁戊己。").inline()).isEqualTo("甲乙丙。[-¶-]\n丁戊己。\n");
    }

    @Test
    void wholeParagraphsInsertedAndDeleted() {
        TextDiff d = diff("一段。\n\n二段。\n", "一段。\n\n新增的一段。\n\n二段。\n\n末尾又一段。\n");
        assertThat(d.inline()).isEqualTo("一段。\n{+新增的一段。+}\n二段。\n{+末尾又一段。+}\n");
        assertThat(diff("", "").same()).isTrue();
        assertThat(diff("", "新文。").inline()).isEqualTo("{+新文。+}\n");
        assertThat(diff("旧文。", "").inline()).isEqualTo("[-旧文。-]\n");
    }

    @Test
    void pastTheTimeLimitTheDifferenceIsCoarserButCorrect() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        Random random = new Random(1);
        for (int i = 0; i < 20_000; i++) {
            a.append((char) ('一' + random.nextInt(300)));
            b.append((char) ('一' + random.nextInt(300)));
        }
        TextDiff d = TextDiff.of(Reading.plain(a.toString()), Reading.plain(b.toString()), Duration.ZERO);
        wellFormed(d);
        // everything deleted and inserted but the common end: the paragraph's end
        assertThat(d.segments()).extracting(TextDiff.Segment::kind).containsExactly(TextDiff.Kind.DELETED, TextDiff.Kind.INSERTED,
                TextDiff.Kind.SAME);
        assertThat(d.segments().get(2).text()).isEqualTo("\n");
    }

    @Test
    void aLongMemoirEditedHereAndThere() throws Exception {
        List<String> paragraphs = DiffBenchmark.memoir(java.nio.file.Path.of("archive/seeds"), 60_000);
        String a = String.join("\n\n", paragraphs) + "\n";
        String b = String.join("\n\n", DiffBenchmark.editorsPass(paragraphs, new Random(14))) + "\n";
        TextDiff d = diff(a, b);
        assertThat(d.moves()).isEqualTo(2);
        assertThat(d.inline()).contains("{+此段据口述整理，未及核对原件。+}");
        // every change maps back into both Markdown texts
        for (TextDiff.Segment s : d.changes()) {
            int[] ma = d.markdownA(s);
            int[] mb = d.markdownB(s);
            if (s.text().contains("\n")) continue; // a paragraph's end is not in the Markdown, its blank line is
            if (s.kind() == TextDiff.Kind.DELETED) assertThat(a.substring(ma[0], ma[1])).isEqualTo(s.text());
            if (s.kind() == TextDiff.Kind.INSERTED) assertThat(b.substring(mb[0], mb[1])).isEqualTo(s.text());
        }
    }
}
