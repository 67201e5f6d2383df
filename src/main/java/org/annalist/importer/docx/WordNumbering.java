package org.annalist.importer.docx;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.w3c.dom.Element;

/**
 * 编号定义: the numbering part read as Word applies it. A w:num names an abstract definition (through a numbering
 * style when the definition only links to one: w:numStyleLink) and may override levels: a whole w:lvl, or only the
 * start (w:startOverride). Whatever a level leaves out takes the specification's default (decimal numbers, start
 * 0, restart after any higher level); a w:numId that names no w:num (or is 0) means no number; a level or an abstract
 * definition that is missing is numbered 1. 2. 3., as LibreOffice shows it. Nothing here throws on a damaged or
 * minimal numbering part.
 */
final class WordNumbering {

    /**
     * One level: its w:numFmt ("decimal" when absent), w:lvlText (null when absent: nothing is shown), w:start,
     * w:lvlRestart (-1 when absent: after any higher level), w:isLgl (all numbers in the text decimal) and what follows
     * the number, w:suff: {@link #FOLLOW_TAB} (the default), {@link #FOLLOW_SPACE} or {@link #FOLLOW_NOTHING}.
     */
    record Level(String format, String text, int start, int restart, boolean legal, int follow) {
    }

    /** What follows a number (w:suff), coded as .doc's ixchFollow is, so both readers share one rule. */
    static final int FOLLOW_TAB = 0, FOLLOW_SPACE = 1, FOLLOW_NOTHING = 2;

    /**
     * A list as a paragraph's w:num uses it: the identity its counters are kept under (the abstract definition, which
     * all its w:num share, as Word counts), the w:num, the levels 0–8 and each level's w:startOverride (-1: none).
     */
    record ListDef(String key, String numId, Level[] levels, int[] startOverrides) {
    }

    private final XWPFDocument doc;
    private final Map<String, Element> nums = new HashMap<>();
    private final Map<String, Element> abstracts = new HashMap<>();
    private final Map<String, ListDef> cache = new HashMap<>();

    WordNumbering(XWPFDocument doc) {
        this.doc = doc;
        XWPFNumbering numbering = doc.getNumbering();
        if (numbering == null) return;
        for (XWPFNum n : numbering.getNums()) {
            Element e = (Element) n.getCTNum().getDomNode();
            String id = Dom.attr(e, "numId");
            if (id != null) nums.putIfAbsent(id.strip(), e);
        }
        for (XWPFAbstractNum a : numbering.getAbstractNums()) {
            Element e = (Element) a.getCTAbstractNum().getDomNode();
            String id = Dom.attr(e, "abstractNumId");
            if (id != null) abstracts.putIfAbsent(id.strip(), e);
        }
    }

    /** The list of w:numId {@code numId}, or null when there is none (including "0", Word's "not numbered"). */
    ListDef list(String numId) {
        if (numId == null || numId.isBlank() || numId.strip().equals("0")) return null;
        return cache.computeIfAbsent(numId.strip(), this::resolve);
    }

    private ListDef resolve(String numId) {
        Element num = nums.get(numId);
        if (num == null) return null;
        String abstractId = Dom.val(num, "abstractNumId");
        Element abs = abstractId == null ? null : abstracts.get(abstractId.strip());
        // w:numStyleLink: the definition lives in the numbering style's own list (whose definition has w:styleLink)
        for (int guard = 0; abs != null && guard < 5; guard++) {
            String link = Dom.val(abs, "numStyleLink");
            if (link == null || link.isEmpty()) break;
            Element linked = styleList(link);
            if (linked == null || linked == abs) break;
            abs = linked;
            abstractId = Dom.attr(abs, "abstractNumId");
        }
        Level[] levels = new Level[9];
        for (Element lvl : abs == null ? java.util.List.<Element>of() : Dom.children(abs)) {
            if (!"lvl".equals(lvl.getLocalName())) continue;
            int i = Dom.intAttr(lvl, "ilvl", -1);
            if (i >= 0 && i < 9 && levels[i] == null) levels[i] = level(lvl);
        }
        // A level the file does not define (or a w:num whose definition is missing) is numbered 1. 2. 3., as
        // LibreOffice shows it: the author asked for a number, and the paragraph stays a list item.
        for (int i = 0; i < 9; i++) {
            if (levels[i] == null) levels[i] = new Level("decimal", "%" + (i + 1) + ".", 1, -1, false, FOLLOW_TAB);
        }
        int[] startOverrides = new int[9];
        java.util.Arrays.fill(startOverrides, -1);
        for (Element o : Dom.children(num)) {
            if (!"lvlOverride".equals(o.getLocalName())) continue;
            int i = Dom.intAttr(o, "ilvl", -1);
            if (i < 0 || i >= 9) continue;
            Element lvl = Dom.child(o, "lvl");
            if (lvl != null) levels[i] = level(lvl);
            String start = Dom.val(o, "startOverride");
            if (start != null) {
                startOverrides[i] = number(start, 0);
                Level base = levels[i];
                levels[i] = new Level(base.format(), base.text(), startOverrides[i], base.restart(), base.legal(), base.follow());
            }
        }
        // Word keeps one count per abstract definition: a w:num's start override restarts it where that w:num is
        // first used, and other w:num of the definition go on from there (ListCounter).
        return new ListDef(abs == null ? "num:" + numId : "abstract:" + abstractId, numId, levels, startOverrides);
    }

    /** The abstract definition of the list a numbering style (w:type="numbering") names in its w:numPr. */
    private Element styleList(String styleId) {
        if (doc.getStyles() == null) return null;
        XWPFStyle style = doc.getStyles().getStyle(styleId);
        if (style == null) return null;
        Element numPr = Dom.child(Dom.child(style.getCTStyle().getDomNode(), "pPr"), "numPr");
        Element num = nums.get(String.valueOf(Dom.val(numPr, "numId")).strip());
        String abstractId = num == null ? null : Dom.val(num, "abstractNumId");
        return abstractId == null ? null : abstracts.get(abstractId.strip());
    }

    private static Level level(Element lvl) {
        String fmt = Dom.val(lvl, "numFmt");
        if (fmt == null || fmt.isEmpty()) fmt = "decimal";
        Element text = Dom.child(lvl, "lvlText");
        String lvlText = text == null ? null : Dom.attr(text, "val");
        String restart = Dom.val(lvl, "lvlRestart");
        Boolean legal = Dom.onOff(lvl, "isLgl");
        String suff = Dom.val(lvl, "suff");
        int follow = "nothing".equals(suff) ? FOLLOW_NOTHING : "space".equals(suff) ? FOLLOW_SPACE : FOLLOW_TAB;
        return new Level(fmt, lvlText, number(Dom.val(lvl, "start"), 0), number(restart, -1), Boolean.TRUE.equals(legal), follow);
    }

    private static int number(String s, int dflt) {
        if (s == null) return dflt;
        try {
            // at most nine digits, as a Markdown list number may have
            return Math.max(0, Math.min(999_999_999, Integer.parseInt(s.strip())));
        } catch (NumberFormatException e) {
            return dflt;
        }
    }
}
