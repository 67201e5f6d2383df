package org.annalist.importer.text;

import org.annalist.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annalist.doc.Block;
import org.annalist.doc.Document;
import org.annalist.doc.Inline;
import org.annalist.model.ImportReport;

/**
 * Builds the body tree from paragraph lines using the standard Chinese numbering hierarchy:
 * 一、 → 1, （一）/(一) → 2, 1. / 1、 / 1． → 3, （1）/(1) → 4; ■ ● ◆ section markers → 1. A short numbered line
 * is a heading (number kept in its text); a long one is a paragraph with a run-in lead and stays a paragraph,
 * unchanged. Levels are taken as defined, never renumbered, so a document whose top numbering is 1. gets
 * level-3 headings; the report lists what was found so the editor can judge.
 */
public final class Outline {

    private static final Pattern L1 = Pattern.compile("^[一二三四五六七八九十百零〇]{1,4}、");
    private static final Pattern L2 = Pattern.compile("^[（(][一二三四五六七八九十百零〇]{1,4}[)）]");
    // "1.5亿元" and "2022.5" are numbers, not numbering: the dot must not be followed by a digit.
    private static final Pattern L3 = Pattern.compile("^\\d{1,3}(?:[.．](?!\\d)|、)");
    private static final Pattern L4 = Pattern.compile("^[（(]\\d{1,3}[)）]");
    private static final Pattern MARK = Pattern.compile("^[■●◆□◇▲►▶]\\s*");
    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*$");
    private static final String[] LEVEL_KEYS = {"", "report.outline.level1", "report.outline.level2", "report.outline.level3",
            "report.outline.level4", "report.outline.level5", "report.outline.level6"};

    private Outline() {
    }

    /** The numbering level of a paragraph's text: 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）, 0 if not numbered. */
    public static int levelOf(String paragraphText) {
        String s = TextLines.strip(paragraphText);
        if (L1.matcher(s).find()) return 1;
        if (L2.matcher(s).find()) return 2;
        if (L3.matcher(s).find()) return 3;
        if (L4.matcher(s).find()) return 4;
        return 0;
    }

    /** Whether the line starts with a section marker such as ■. */
    static boolean isMarked(String s) {
        return MARK.matcher(TextLines.strip(s)).find() && TextLines.strip(s).length() > 1;
    }

    /**
     * Whether a numbered or marked line is short enough to be a heading: at most {@value HeadDetector#MAX_TITLE}
     * characters and no sentence end before its last character.
     */
    static boolean isHeadingText(String s) {
        if (TextLines.length(s) > HeadDetector.MAX_TITLE) return false;
        String inner = s.length() > 1 ? s.substring(0, s.length() - 1) : "";
        return !inner.matches(".*[。！？].*");
    }

    /**
     * Builds the document. {@code centredHeadings} holds source line numbers that the column layout found to
     * be centred headings. {@code markdown}: "#" lines become headings of their level minus
     * {@code mdShift} (1 when the "# " line was taken as the title).
     */
    static Document build(List<Line> body, Set<Integer> centredHeadings, boolean markdown, int mdShift,
                          ImportReport report) {
        List<Block> blocks = new ArrayList<>();
        TreeMap<Integer, Integer> headings = new TreeMap<>();
        TreeMap<Integer, Integer> numberedParas = new TreeMap<>();
        int mdCount = 0;
        for (Line line : body) {
            String s = line.stripped();
            Block given = line.block();
            if (given != null && !(given instanceof Block.Paragraph) && !(given instanceof Block.Heading)) {
                // a table, list or quotation of a structured source stays as it was; a list comes one item a
                // line (each item is furniture or not on its own) and is joined again here
                Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
                if (given instanceof Block.BulletList b && last instanceof Block.BulletList a) {
                    blocks.set(blocks.size() - 1, new Block.BulletList(concat(a.items(), b.items())));
                } else if (given instanceof Block.OrderedList b && last instanceof Block.OrderedList a) {
                    blocks.set(blocks.size() - 1, new Block.OrderedList(a.start(), a.numbering(), concat(a.items(), b.items())));
                } else {
                    blocks.add(given);
                }
                continue;
            }
            List<Inline> content = given instanceof Block.Paragraph p ? p.content()
                    : given instanceof Block.Heading h ? h.content() : List.of(new Inline.Text(s));
            // a page's heading set in bold is a heading, not bold text (as Word headings are unbolded)
            if (content.size() == 1 && content.get(0) instanceof Inline.Strong strong && (given instanceof Block.Heading
                    || levelOf(s) > 0 && isHeadingText(s))) {
                content = strong.content();
            }
            if (given instanceof Block.Heading h) {
                // a marked-up heading: its numbering decides the level, as in text; else the page's own level
                int lv = levelOf(s) > 0 ? levelOf(s) : h.level();
                blocks.add(new Block.Heading(Math.min(lv, 6), content));
                headings.merge(lv, 1, Integer::sum);
                continue;
            }
            if (markdown) {
                Matcher md = MD_HEADING.matcher(s);
                if (md.matches()) {
                    int level = Math.max(1, md.group(1).length() - mdShift);
                    blocks.add(heading(level, md.group(2)));
                    headings.merge(level, 1, Integer::sum);
                    mdCount++;
                    continue;
                }
            }
            int level = levelOf(s);
            Matcher mark = MARK.matcher(s);
            if (level == 0 && mark.find() && s.length() > mark.end() && isHeadingText(s.substring(mark.end()))) {
                String text = s.substring(mark.end());
                report.detected(line.number(), Texts.get("report.outline.mark", mark.group().strip()), text);
                blocks.add(heading(1, text));
                headings.merge(1, 1, Integer::sum);
            } else if (centredHeadings.contains(line.number())) {
                int lv = level == 0 ? 1 : level;
                report.detected(line.number(), Texts.get("report.outline.centred", Texts.get(LEVEL_KEYS[lv])), s);
                blocks.add(heading(lv, s));
                headings.merge(lv, 1, Integer::sum);
            } else if (level > 0 && isHeadingText(s)) {
                blocks.add(new Block.Heading(Math.min(level, 6), given != null ? content : List.of(new Inline.Text(s))));
                headings.merge(level, 1, Integer::sum);
            } else {
                if (level > 0) numberedParas.merge(level, 1, Integer::sum);
                blocks.add(given != null ? given : new Block.Paragraph(List.of(new Inline.Text(s))));
            }
        }
        if (mdCount > 0) report.format(Texts.get("report.outline.markdown", mdCount));
        List<String> parts = new ArrayList<>();
        headings.forEach((lv, n) -> parts.add(Texts.get("report.outline.headings", Texts.get(LEVEL_KEYS[lv]), n)));
        numberedParas.forEach((lv, n) -> parts.add(Texts.get("report.outline.numbered", Texts.get(LEVEL_KEYS[lv]), n)));
        if (!parts.isEmpty()) report.detected(0, Texts.get("report.outline"), String.join(Texts.get("report.outline.separator"), parts));
        return new Document(blocks);
    }

    private static List<List<Block>> concat(List<List<Block>> a, List<List<Block>> b) {
        List<List<Block>> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Block heading(int level, String text) {
        return new Block.Heading(Math.min(level, 6), List.of(new Inline.Text(text)));
    }
}
