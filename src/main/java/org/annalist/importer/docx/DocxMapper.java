package org.annalist.importer.docx;

import org.annalist.i18n.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annalist.doc.Block;
import org.annalist.doc.Document;
import org.annalist.doc.Inline;
import org.annalist.doc.ListNumbering;
import org.annalist.importer.docx.WordModel.Chars;
import org.annalist.importer.docx.WordModel.Element;
import org.annalist.importer.docx.WordModel.Image;
import org.annalist.importer.docx.WordModel.Para;
import org.annalist.importer.docx.WordModel.Piece;
import org.annalist.importer.docx.WordModel.Tbl;
import org.annalist.importer.text.Outline;
import org.annalist.importer.text.TextHeads;
import org.annalist.importer.text.WebText;
import org.annalist.model.ImportReport;

/**
 * The mapping step: the faithful {@link WordModel} → the document tree. Headings come, in this order of trust,
 * from heading styles (English or localised names: "heading 1", "标题 1"), from outline levels, from Chinese
 * numbering ({@link Outline#levelOf}) on a short paragraph, and from appearance alone (bold, 黑体/小标宋 or a
 * larger size on a short line; or centred). The last two are guesses and each is reported. The title, subtitle
 * and byline at the top are found by the text importer's rules ({@link TextHeads}) when the first paragraph
 * looks set apart (centred, emphasised or a title/heading style), so .txt and .docx of one manuscript agree.
 */
final class DocxMapper {

    /** The head found at the top and the body. */
    record Mapped(TextHeads.Head head, Document body, WebText.Cleaned web) {
    }

    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)^(?:heading|标题)\\s*([1-9])$");
    private static final Pattern TITLE_STYLE = Pattern.compile("(?i)^(?:title|标题)$");
    /**
     * Paragraph styles that are the body text itself (Word's, WPS's, LibreOffice's and pandoc's names) or a list's
     * (their numbers make lists); a style that is neither one of these nor mapped to the tree (heading, title,
     * caption) is kept as the paragraph's {@code custom-style}.
     */
    private static final Pattern BODY_STYLE = Pattern.compile("(?i)^(?:normal|正文|standard|default|default style"
            + "|default paragraph style|body text|text body|first paragraph|compact|正文文本|plain text|纯文本"
            + "|list(?: .*)?|列表.*|列出段落)$");
    private static final Pattern CAPTION_STYLE = Pattern.compile("(?i).*(?:caption|题注|图注).*");
    private static final Pattern CAPTION_TEXT = Pattern.compile("^图\\s*[0-9０-９一二三四五六七八九十]+.*");
    /** The paragraph style our Word output gives a table's title (表题), above the table. */
    private static final String TABLE_TITLE_STYLE = "表题";
    private static final Pattern TABLE_CAPTION = Pattern.compile("^(?:附)?表\\s*[0-9０-９一二三四五六七八九十]+.*");
    private static final Pattern DATE_LINE = Pattern.compile("^[0-9〇零一二三四五六七八九十]{2,4}年.{0,8}[日月]$");
    /** Two characters of 五号 (10.5 pt) text: less is a nudge, not an indented block. */
    private static final int LEFT_INDENT_TWIPS = 420;
    private static final String[] LEVEL = {"", "report.outline.level1", "report.outline.level2", "report.outline.level3",
            "report.outline.level4", "report.outline.level5", "report.outline.level6"};

    private final MapContext ctx;
    private final RunMapper runs;
    private final TableMapper tables;
    private final List<Block> blocks = new ArrayList<>();

    private DocxMapper(MapContext ctx) {
        this.ctx = ctx;
        this.runs = new RunMapper(ctx);
        this.tables = new TableMapper(ctx, runs);
    }

    static Mapped map(List<Element> elements, MapContext ctx) {
        ctx.bodySize = bodySize(elements);
        WebText.Cleaned web = webFurniture(elements, ctx.report);
        if (web != null) {
            elements = elements.stream().filter(e -> !(e instanceof Para p && web.removedLines().contains(p.index()))).toList();
        }
        DocxMapper m = new DocxMapper(ctx);
        int[] start = {0};
        TextHeads.Head head = m.head(elements, start);
        m.body(elements, start[0]);
        return new Mapped(head, new Document(m.blocks), web);
    }

    /**
     * A Word file holding a web page pasted or saved from a browser carries the site's furniture (navigation,
     * breadcrumbs, share buttons, footer) as paragraphs: when the text importer's furniture rules find enough of
     * it, the same rules remove it here, reported line by line — so the page is cleaned as its .txt would be.
     * Null when the document does not look like a web page.
     */
    private static WebText.Cleaned webFurniture(List<Element> elements, ImportReport report) {
        List<WebText.Piece> paras = new ArrayList<>();
        for (Element e : elements) {
            if (e instanceof Para p) paras.add(new WebText.Piece(p.index(), p.text().replace('\n', ' '), null));
        }
        if (!WebText.looksLikeWebPage(paras)) return null;
        WebText.Cleaned web = WebText.removeFurniture(paras, report);
        report.detected(0, Texts.get("report.word.webPage"), Texts.get("report.word.webPageRemoved", web.removedLines().size()));
        return web;
    }

    /** The printed number kept as text for Chinese numbering formats ("一、", "（1）"), else null. */
    static String keptNumber(Para p) {
        if (p.numId() == null || p.numText() == null || p.numText().isBlank() || "bullet".equals(p.numFormat())) return null;
        boolean chinese = p.numFormat() != null && NumberFormats.CHINESE.contains(p.numFormat())
                || p.numText().chars().anyMatch(c -> c > 0x2E7F);
        return chinese ? p.numText() : null;
    }

    private TextHeads.Head head(List<Element> elements, int[] start) {
        List<String> texts = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < elements.size() && texts.size() < 5; i++) {
            if (!(elements.get(i) instanceof Para p)) break;
            String t = TextHeads.strip(p.text().replace("\n", ""));
            if (t.isEmpty()) continue;
            texts.add(t);
            at.add(i);
        }
        TextHeads.Head none = new TextHeads.Head("", null, List.of(), null, 0);
        if (texts.isEmpty()) return none;
        ImportReport scratch = new ImportReport(ctx.report.fileName());
        TextHeads.Head h = TextHeads.detect(texts, scratch);
        Para first = (Para) elements.get(at.get(0));
        boolean setApart = "center".equals(first.align()) || emphasised(first) || styleLevel(first) > 0
                || (first.styleName() != null && TITLE_STYLE.matcher(first.styleName()).matches());
        if (h.bodyStart() == 0 || (!h.title().isEmpty() && !setApart && h.credits().isEmpty())) return none;
        for (ImportReport.Entry e : scratch.entries()) {
            int line = e.line() > 0 ? ((Para) elements.get(at.get(e.line() - 1))).index() : 0;
            switch (e.kind()) {
                case REMOVED -> ctx.report.removed(line, e.message(), e.text());
                case DETECTED -> ctx.report.detected(line, e.message(), e.text());
                case WARNING -> ctx.report.warning(line, e.message());
                case FORMAT -> ctx.report.format(e.message());
            }
        }
        start[0] = h.bodyStart() < at.size() ? at.get(h.bodyStart()) : at.get(at.size() - 1) + 1;
        for (int i = 0; i < start[0]; i++) {
            if (elements.get(i) instanceof Para p && TrackedChanges.has(p)) {
                ctx.report.warning(p.index(), Texts.get("report.word.changesInHead"));
            }
            // A text box anchored to the title or byline keeps its text at the start of the body.
            if (elements.get(i) instanceof Para p) textBoxes(p, blocks);
        }
        return h;
    }

    private void body(List<Element> elements, int from) {
        for (int i = from; i < elements.size(); i++) {
            Element e = elements.get(i);
            if (e instanceof Tbl t) {
                List<Image> images = new ArrayList<>();
                int at = firstParagraph(t);
                Block.Table table = tables.map(t, at, images);
                if (table != null) blocks.add(withCaption(table, at));
                figures(images, List.of(), at, blocks);
                continue;
            }
            Para p = (Para) e;
            int notesEnd = endnotes(elements, i);
            if (notesEnd > i) {
                i = notesEnd - 1;
                continue;
            }
            int level = headingLevel(p);
            if (level == 0 && listItem(p)) {
                int end = i + 1;
                while (end < elements.size() && elements.get(end) instanceof Para q && listItem(q) && headingLevel(q) == 0) end++;
                List<Para> items = new ArrayList<>();
                for (int k = i; k < end; k++) items.add((Para) elements.get(k));
                int top = items.stream().mapToInt(Para::numLevel).min().orElse(0);
                for (Block list : lists(items, new int[] {0}, top)) {
                    blocks.add(list);
                    ctx.lists++;
                }
                i = end - 1;
                continue;
            }
            RunMapper.Out out = runs.map(p, level > 0 && p.numId() != null && !"bullet".equals(p.numFormat())
                    ? p.numText() : keptNumber(p));
            if (level > 0 && !RunMapper.plain(out.inlines()).isBlank()) {
                blocks.add(new Block.Heading(Math.min(level, 6), unbold(out.inlines())));
                ctx.headings++;
            } else if (!out.inlines().isEmpty() && !RunMapper.plain(out.inlines()).isBlank()
                    || out.inlines().stream().anyMatch(in -> in instanceof Inline.Note)) {
                blocks.add(new Block.Paragraph(entryTitle(out.inlines()), styleAttr(p)));
                ctx.paragraphs++;
                // A whole paragraph set in from the left (not just its first line) is often a quotation in Word;
                // the tree would need a BlockQuote, a guess too far to make silently, so it is counted for the editor.
                if (p.left() >= LEFT_INDENT_TWIPS) ctx.leftIndented++;
            }
            if (!out.images().isEmpty()) {
                List<Inline> caption = List.of();
                if (i + 1 < elements.size() && elements.get(i + 1) instanceof Para next && isCaption(next)) {
                    caption = runs.map(next, null).inlines();
                    ctx.report.detected(next.index(), Texts.get("report.word.caption"), next.text());
                    i++;
                }
                figures(out.images(), caption, p.index(), blocks);
            }
            textBoxes(p, blocks);
        }
    }

    /** Where the blocks begin whose [n] marks the next 注释 group answers (after the last group). */
    private int endnotesFrom;
    private static final Pattern ENDNOTE_NUMBER = Pattern.compile("^\\[(\\d{1,4})\\] ?");

    /**
     * Our Word output's endnotes: after an item, a 注释 line (style 注释) and the notes (style 脚注), each opening with
     * "[n] ", answering the superscript [n] marks in the item's text. They come back as the notes they were: each
     * mark becomes an {@link Inline.Note} (endnote) holding its note's paragraphs, and the 注释 group goes. Returns the
     * index after the group, or {@code i} when the paragraph there does not open one (or a mark is missing).
     */
    private int endnotes(List<Element> elements, int i) {
        if (!(elements.get(i) instanceof Para label) || !"注释".equals(styleNameOf(label)) || !"注释".equals(label.text().strip())) return i;
        java.util.Map<Integer, List<Block>> notes = new java.util.LinkedHashMap<>();
        int end = i + 1, current = -1;
        for (; end < elements.size() && elements.get(end) instanceof Para p && "脚注".equals(styleNameOf(p)); end++) {
            List<Inline> in = runs.map(p, null).inlines();
            if (!in.isEmpty() && in.get(0) instanceof Inline.Text t) {
                Matcher m = ENDNOTE_NUMBER.matcher(t.text());
                if (m.find()) {
                    current = Integer.parseInt(m.group(1));
                    List<Inline> rest = new ArrayList<>(in);
                    if (m.end() == t.text().length()) rest.remove(0);
                    else rest.set(0, new Inline.Text(t.text().substring(m.end())));
                    in = rest;
                    notes.put(current, new ArrayList<>());
                }
            }
            if (current < 0) return i;
            notes.get(current).add(new Block.Paragraph(in));
        }
        if (notes.isEmpty()) return i;
        List<Block> marked = new ArrayList<>();
        int[] used = {0};
        for (Block b : blocks.subList(endnotesFrom, blocks.size())) marked.add(withEndnotes(b, notes, used));
        if (used[0] != notes.size()) return i; // not every note has its mark: leave the text as it is
        for (int k = 0; k < marked.size(); k++) blocks.set(endnotesFrom + k, marked.get(k));
        endnotesFrom = blocks.size();
        ctx.endnotes += notes.size();
        return end;
    }

    private static String styleNameOf(Para p) {
        return p.styleName() == null ? "" : p.styleName().strip();
    }

    private static Block withEndnotes(Block b, java.util.Map<Integer, List<Block>> notes, int[] used) {
        if (b instanceof Block.Paragraph p) return new Block.Paragraph(withEndnotes(p.content(), notes, used), p.attr());
        if (b instanceof Block.Heading h) return new Block.Heading(h.level(), withEndnotes(h.content(), notes, used), h.attr());
        if (b instanceof Block.Table t) {
            List<Block.Row> rows = new ArrayList<>();
            for (Block.Row r : t.rows()) {
                List<Block.Cell> cells = new ArrayList<>();
                for (Block.Cell c : r.cells()) cells.add(new Block.Cell(withEndnotes(c.content(), notes, used), c.colSpan(), c.rowSpan()));
                rows.add(new Block.Row(cells));
            }
            return new Block.Table(t.columns(), t.headerRows(), rows, withEndnotes(t.caption(), notes, used));
        }
        return b;
    }

    private static List<Inline> withEndnotes(List<Inline> in, java.util.Map<Integer, List<Block>> notes, int[] used) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : in) {
            if (i instanceof Inline.Superscript s && s.content().size() == 1 && s.content().get(0) instanceof Inline.Text t
                    && t.text().matches("\\[\\d{1,4}\\]")) {
                List<Block> note = notes.get(Integer.parseInt(t.text().substring(1, t.text().length() - 1)));
                if (note != null) {
                    out.add(new Inline.Note(note, true));
                    used[0]++;
                    continue;
                }
            }
            out.add(i);
        }
        return out;
    }

    /** The paragraphs of the text boxes anchored in {@code p}, as ordinary paragraphs after it (reported). */
    private void textBoxes(Para p, List<Block> into) {
        if (p.textBoxes().isEmpty()) return;
        ctx.textBoxes += p.textBoxes().size();
        ctx.report.warning(p.index(), Texts.get("report.word.textBox"));
        for (Para box : p.textBoxes()) {
            RunMapper.Out o = runs.map(box, null);
            if (!RunMapper.plain(o.inlines()).isBlank() || o.inlines().stream().anyMatch(in -> in instanceof Inline.Note)) {
                into.add(new Block.Paragraph(o.inlines()));
                ctx.paragraphs++;
            }
            figures(o.images(), List.of(), box.index(), into);
        }
    }

    /**
     * A paragraph that opens with bold 【…】 is an 条目 with its run-in title (as {@code **【概况】** } in Markdown):
     * the title becomes the paragraph's {@link Inline.EntryTitle}, its emphasis kept, the brackets its look.
     */
    static List<Inline> entryTitle(List<Inline> in) {
        if (in.isEmpty() || !(in.get(0) instanceof Inline.Strong s) || s.content().isEmpty()) return in;
        String text = RunMapper.plain(s);
        if (text.length() < 3 || !text.startsWith("【") || !text.endsWith("】") || text.indexOf('】') != text.length() - 1
                || !(s.content().get(0) instanceof Inline.Text first) || !(s.content().get(s.content().size() - 1) instanceof Inline.Text last)) {
            return in;
        }
        List<Inline> title = new ArrayList<>(s.content());
        if (title.size() == 1) {
            title.set(0, new Inline.Text(first.text().substring(1, first.text().length() - 1)));
        } else {
            title.set(0, new Inline.Text(first.text().substring(1)));
            title.set(title.size() - 1, new Inline.Text(last.text().substring(0, last.text().length() - 1)));
        }
        title.removeIf(i -> i instanceof Inline.Text t && t.text().isEmpty());
        if (title.isEmpty()) return in;
        List<Inline> out = new ArrayList<>();
        out.add(new Inline.EntryTitle(title));
        List<Inline> rest = new ArrayList<>(in.subList(1, in.size()));
        // the one space after a title is the syntax's (Markdown writes it), not the text's
        if (!rest.isEmpty() && rest.get(0) instanceof Inline.Text t && t.text().startsWith(" ")) {
            String r = t.text().substring(1);
            if (r.isEmpty()) rest.remove(0);
            else rest.set(0, new Inline.Text(r));
        }
        out.addAll(rest);
        return out;
    }

    /** The number of the table's first paragraph, for the report; 0 when it has none. */
    private static int firstParagraph(Tbl t) {
        for (WordModel.TRow r : t.rows()) {
            for (WordModel.TCell c : r.cells()) {
                for (Element e : c.content()) {
                    if (e instanceof Para p) return p.index();
                    if (e instanceof Tbl nested) {
                        // Asked once: asking twice per level took 2^depth steps on tables nested deep.
                        int n = firstParagraph(nested);
                        if (n > 0) return n;
                    }
                }
            }
        }
        return 0;
    }

    /**
     * A short paragraph right above a table that starts like "表1" is its title (表题, set above the table in
     * Chinese books): it moves into the table's caption.
     */
    private Block.Table withCaption(Block.Table table, int near) {
        if (blocks.isEmpty() || !(blocks.get(blocks.size() - 1) instanceof Block.Paragraph above)) return table;
        String text = RunMapper.plain(above.content()).strip();
        boolean titleStyle = TABLE_TITLE_STYLE.equals(above.attr().values().get(org.annalist.doc.Attr.CUSTOM_STYLE));
        if (!titleStyle && (text.length() > 60 || !TABLE_CAPTION.matcher(text).matches())) return table;
        blocks.remove(blocks.size() - 1);
        ctx.paragraphs--;
        ctx.report.detected(near, Texts.get("report.word.tableCaption"), text);
        return new Block.Table(table.columns(), table.headerRows(), table.rows(), above.content());
    }

    private void figures(List<Image> images, List<Inline> caption, int paragraph, List<Block> into) {
        for (Image img : images) {
            Block.Figure f = Figures.figure(img, images.size() == 1 ? caption : List.of(), paragraph, ctx);
            if (f != null) into.add(f);
        }
    }

    private boolean isCaption(Para p) {
        String t = TextHeads.strip(p.text());
        if (t.isEmpty() || t.length() > 60) return false;
        return (p.styleName() != null && CAPTION_STYLE.matcher(p.styleName()).matches()) || CAPTION_TEXT.matcher(t).matches();
    }

    /**
     * A numbered paragraph that becomes a list item: its number is not kept as text (Chinese numbering is) and
     * shows something (w:numFmt "none" or no level text leave a plain paragraph, as Word shows it).
     */
    private static boolean listItem(Para p) {
        return p.numId() != null && keptNumber(p) == null && !"none".equals(p.numFormat())
                && p.numText() != null && !p.numText().isEmpty();
    }

    /**
     * The lists at {@code level} from numbered paragraphs, as Word shows them: deeper levels nest inside the item
     * above (or stand alone when there is none), and a new list starts where the numbering does not go on — another
     * kind of number, or a number that is not the next (a restart: a new w:num with w:startOverride, w:lvlRestart).
     * An empty numbered paragraph is an empty item: Word shows its number.
     */
    private List<Block> lists(List<Para> ps, int[] pos, int level) {
        List<Block> out = new ArrayList<>();
        List<List<Block>> items = null;
        Para first = null, last = null;
        while (pos[0] < ps.size()) {
            Para p = ps.get(pos[0]);
            if (p.numLevel() < level) break;
            if (p.numLevel() > level) {
                List<Block> nested = lists(ps, pos, p.numLevel());
                if (items == null) out.addAll(nested);
                else items.get(items.size() - 1).addAll(nested);
                continue;
            }
            pos[0]++;
            if (items == null || !continues(first, last, p)) {
                if (items != null) out.add(list(first, items));
                items = new ArrayList<>();
                first = p;
                reportNumberShape(p);
            }
            last = p;
            List<Block> item = new ArrayList<>();
            RunMapper.Out out1 = runs.map(p, null);
            if (!out1.inlines().isEmpty()) item.add(new Block.Paragraph(out1.inlines()));
            figures(out1.images(), List.of(), p.index(), item);
            textBoxes(p, item);
            items.add(item);
        }
        if (items != null) out.add(list(first, items));
        return out;
    }

    /**
     * A list whose numbers Word prints otherwise than the tree can ("1.1" of a multi-level text, "01", "第一") is
     * named in the report with both forms, once per list: the editor sees what changed.
     */
    private void reportNumberShape(Para first) {
        if ("bullet".equals(first.numFormat()) || first.numText() == null) return;
        String shown = first.numText().strip();
        String kept = numbering(first).marker(startOf(first));
        if (!shown.equals(kept)) {
            ctx.report.warning(first.index(), Texts.get("report.word.listNumber", shown, kept));
        }
    }

    /** Whether {@code p} goes on with the list that {@code first} opened and {@code last} is the latest item of. */
    private static boolean continues(Para first, Para last, Para p) {
        boolean bullet = "bullet".equals(first.numFormat());
        if (bullet || "bullet".equals(p.numFormat())) return bullet && "bullet".equals(p.numFormat());
        if (!numbering(first).equals(numbering(p))) return false;
        if (last.numValue() >= 0 && p.numValue() >= 0) return p.numValue() == last.numValue() + 1;
        return java.util.Objects.equals(last.numId(), p.numId());
    }

    private static Block list(Para first, List<List<Block>> items) {
        if ("bullet".equals(first.numFormat())) return new Block.BulletList(items);
        return new Block.OrderedList(startOf(first), numbering(first), items);
    }

    /** The look of a paragraph's number: the numeral from w:numFmt, the punctuation from the printed number. */
    static ListNumbering numbering(Para p) {
        ListNumbering.Numeral numeral = switch (p.numFormat() == null ? "decimal" : p.numFormat()) {
            case "lowerLetter" -> ListNumbering.Numeral.LOWER_ALPHA;
            case "upperLetter" -> ListNumbering.Numeral.UPPER_ALPHA;
            case "lowerRoman" -> ListNumbering.Numeral.LOWER_ROMAN;
            case "upperRoman" -> ListNumbering.Numeral.UPPER_ROMAN;
            default -> ListNumbering.Numeral.DECIMAL; // decimal, and the spec's fallback for formats not shown here
        };
        String text = p.numText() == null ? "" : p.numText().strip();
        ListNumbering.Delimiter delimiter = text.endsWith(")") || text.endsWith("）")
                ? (text.startsWith("(") || text.startsWith("（") ? ListNumbering.Delimiter.PARENS : ListNumbering.Delimiter.PAREN)
                : ListNumbering.Delimiter.PERIOD;
        return new ListNumbering(numeral, delimiter);
    }

    /** The counter's value, else (the .doc reader does not give it) the last number in the printed text read back. */
    private static int startOf(Para p) {
        if (p.numValue() >= 0) return p.numValue();
        ListNumbering.Numeral numeral = numbering(p).numeral();
        Matcher m = Pattern.compile("[0-9A-Za-z]+").matcher(p.numText() == null ? "" : p.numText());
        int value = -1;
        while (m.find()) value = numeral.parse(m.group());
        return value >= 0 ? value : 1;
    }

    /** 1-6 when the paragraph is a heading, else 0; guesses are reported. */
    int headingLevel(Para p) {
        // our Word output's 表题 (centred, 黑体) is a table's title above it, not a heading
        if (TABLE_TITLE_STYLE.equals(p.styleName() == null ? null : p.styleName().strip())) return 0;
        int byStyle = styleLevel(p);
        if (byStyle > 0) return byStyle;
        if (p.outlineLevel() >= 0) return Math.min(6, p.outlineLevel() + 1);
        String kept = keptNumber(p);
        String text = TextHeads.strip((kept == null ? "" : kept) + p.text().replace("\n", ""));
        if (text.isEmpty() || p.numFormat() != null && kept == null) return 0;
        int numbered = Outline.levelOf(text);
        if (numbered > 0) {
            if (!TextHeads.isHeadingText(text)) return 0;
            ctx.report.detected(p.index(), Texts.get("report.word.numberedHeading", Texts.get(LEVEL[numbered])), text);
            return numbered;
        }
        boolean shortLine = TextHeads.isTitleLike(text);
        if (shortLine && emphasised(p)) {
            ctx.report.detected(p.index(), Texts.get("report.word.boldHeading"), text);
            return 1;
        }
        if (shortLine && "center".equals(p.align()) && !DATE_LINE.matcher(text).matches()) {
            ctx.report.detected(p.index(), Texts.get("report.word.centredHeading"), text);
            return 1;
        }
        return 0;
    }

    /** A paragraph style the tree has no record for, kept by name as pandoc keeps it ({@code custom-style}). */
    private static org.annalist.doc.Attr styleAttr(Para p) {
        String name = p.styleName() == null ? "" : p.styleName().strip();
        if (name.isEmpty() || BODY_STYLE.matcher(name).matches() || HEADING_STYLE.matcher(name).matches()
                || TITLE_STYLE.matcher(name).matches() || CAPTION_STYLE.matcher(name).matches()) {
            return org.annalist.doc.Attr.EMPTY;
        }
        return org.annalist.doc.Attr.of(org.annalist.doc.Attr.CUSTOM_STYLE, name);
    }

    private static int styleLevel(Para p) {
        for (String s : new String[] {p.styleName(), p.styleId()}) {
            if (s == null) continue;
            Matcher m = HEADING_STYLE.matcher(s.strip());
            if (m.matches()) return Integer.parseInt(m.group(1));
        }
        return 0;
    }

    /** All visible text is bold, in a 黑体/小标宋 face, or at least 2 pt larger than the body. */
    private boolean emphasised(Para p) {
        boolean any = false;
        for (Piece piece : p.pieces()) {
            if (!(piece instanceof Chars c) || c.text().isBlank()) continue;
            any = true;
            String font = c.fmt().eastAsiaFont() == null ? "" : c.fmt().eastAsiaFont();
            boolean heavyFont = font.contains("黑") || font.contains("Hei") || font.contains("标宋") || font.contains("XBS");
            boolean larger = ctx.bodySize > 0 && c.fmt().sizePt() >= ctx.bodySize + 2;
            if (!c.fmt().bold() && !heavyFont && !larger) return false;
        }
        return any;
    }

    /** The most common run size, weighted by characters: the body size. */
    private static double bodySize(List<Element> elements) {
        Map<Double, Integer> sizes = new HashMap<>();
        for (Element e : elements) {
            if (!(e instanceof Para p)) continue;
            for (Piece piece : p.pieces()) {
                if (piece instanceof Chars c && c.fmt().sizePt() > 0) sizes.merge(c.fmt().sizePt(), c.text().length(), Integer::sum);
            }
        }
        return sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0.0);
    }

    /** Heading text without the bold its style or the author added: a heading is bold by its level. */
    private static List<Inline> unbold(List<Inline> in) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : in) {
            if (i instanceof Inline.Strong s) out.addAll(unbold(s.content()));
            else out.add(i);
        }
        return out;
    }
}
