package org.annalist.importer.text;

import org.annalist.i18n.Texts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annalist.model.ImportReport;
import org.annalist.model.Credit;
import org.annalist.model.Role;

/**
 * Finds an article's head: title (first short line(s) before the body), subtitle (a "——" line, a title split
 * at "——", or a second short line right before the byline), and the byline (office + name, or role words
 * such as 作者：/口述/整理/文/) with an optional date. Title and subtitle text is kept exactly; only a
 * word-count note such as "(2800字)" and the dash between title and subtitle are taken out, and reported.
 */
final class HeadDetector {

    /** The head found: title may be empty (none found); subtitle and date may be null. */
    record Head(String title, String subtitle, List<Credit> credits, LocalDate date, int bodyStart) {
    }

    /** A parsed byline. */
    record Byline(List<Credit> credits, LocalDate date) {
    }

    static final int MAX_TITLE = 40;
    private static final Pattern WORD_COUNT = Pattern.compile("\\s*[（(]\\s*(?:约|共|全文)?\\s*\\d{2,6}\\s*字\\s*[)）]$");
    private static final String NAME = "\\p{IsHan}{2,4}(?:[·•]\\p{IsHan}{1,6})?";
    private static final Pattern NAME_P = Pattern.compile(NAME);
    private static final String TITLES = "副主席|主席|副书记|书记|副主任|主任|副部长|部长|副局长|局长|副县长|县长|副市长|市长|副区长|区长"
            + "|副镇长|镇长|乡长|副厅长|厅长|省长|副秘书长|秘书长|常委|委员|记者|副研究员|研究员|副馆员|馆员|通讯员|社长|院长|校长"
            + "|教授|老师|科长|所长|馆长|站长|主编|编辑|干部|会长|理事|组长|队长|行长|经理|董事长";
    private static final Pattern OFFICE_NAME = Pattern.compile(
            "^(?<office>[^\\s。，,；;：:！？“”\"]{1,28}?(?:" + TITLES + "))[\\s\u3000]+(?<name>" + NAME + ")"
                    + "(?:\\s+" + Furniture.DATE + "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?)?$");
    /**
     * A contributing unit and a name ("县政协办公室  张三", "区档案馆　李四"): only with units whose names end
     * in words that do not end ordinary titles, and with a wide gap (two spaces or a full-width space) and a
     * name of two or three characters, so that "县政协办公室 工作要点" stays a title.
     */
    private static final Pattern UNIT_NAME = Pattern.compile(
            "^(?<office>[^\\s。，,；;：:！？“”\"]{1,28}?(?:办公室|档案馆|档案局|史志办|地方志办|方志办|党史办|研究室|编辑部|统计局|文史委))"
                    + "(?: {2,}|\u3000+|\t+)(?<name>\\p{IsHan}{2,3})$");
    private static final Map<String, Role> ROLE_WORDS = Map.ofEntries(
            Map.entry("作者", Role.AUTHOR), Map.entry("文", Role.AUTHOR), Map.entry("撰文", Role.AUTHOR),
            Map.entry("撰稿", Role.AUTHOR), Map.entry("记者", Role.AUTHOR), Map.entry("通讯员", Role.AUTHOR),
            Map.entry("口述", Role.NARRATOR), Map.entry("整理", Role.COMPILER), Map.entry("记录", Role.COMPILER),
            Map.entry("记录整理", Role.COMPILER), Map.entry("摄影", Role.PHOTOGRAPHER), Map.entry("图", Role.PHOTOGRAPHER));
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s\u3000:：/／、，,□■●]+");
    private static final Pattern NAME_THEN_ROLE = Pattern.compile("^(" + NAME + "?)(口述|整理|记录整理|撰文|摄影)$");

    private HeadDetector() {
    }

    /** Detects the head at the top of {@code lines}; {@code markdown} lets a leading "# " line be the title. */
    static Head detect(List<Line> lines, boolean markdown, ImportReport report) {
        int i = 0;
        String title = "", subtitle = null;
        if (i < lines.size()) {
            Line first = lines.get(i);
            String s = first.stripped();
            boolean mdTitle = markdown && s.matches("^#\\s+.+");
            if (mdTitle) s = s.replaceFirst("^#\\s+", "");
            if (mdTitle || isTitleLike(s)) {
                Matcher wc = WORD_COUNT.matcher(s);
                if (wc.find()) {
                    report.removed(first.number(), Texts.get("report.head.wordCount"), wc.group().strip());
                    s = s.substring(0, wc.start());
                }
                String raw = s;
                int dash = s.indexOf("——");
                if (dash > 0 && dash + 2 < s.length()) {
                    title = TextLines.strip(s.substring(0, dash));
                    subtitle = TextLines.strip(s.substring(dash + 2));
                    report.detected(first.number(), Texts.get("report.head.dashSplit"), title + " / " + subtitle);
                } else {
                    title = s;
                }
                report.detected(first.number(), Texts.get("report.head.title"), title);
                i++;
                // The same title repeated without the word-count note (copied from a list page and the article).
                while (i < lines.size() && (lines.get(i).stripped().equals(title) || lines.get(i).stripped().equals(raw))) {
                    report.removed(lines.get(i).number(), Texts.get("report.head.repeated"), lines.get(i).stripped());
                    i++;
                }
                if (i < lines.size() && subtitle == null) {
                    String next = lines.get(i).stripped();
                    if (next.startsWith("——") || next.startsWith("－－")) {
                        subtitle = TextLines.strip(next.replaceFirst("^(——|－－)", ""));
                        report.detected(lines.get(i).number(), Texts.get("report.head.subtitleDash"), subtitle);
                        i++;
                    } else if (isTitleLike(next) && parseByline(next) == null && i + 1 < lines.size()
                            && parseByline(lines.get(i + 1).stripped()) != null) {
                        subtitle = next;
                        report.detected(lines.get(i).number(), Texts.get("report.head.subtitle"), subtitle);
                        i++;
                    }
                } else if (subtitle != null) {
                    report.detected(first.number(), Texts.get("report.head.subtitle"), subtitle);
                }
            }
        }
        List<Credit> credits = new ArrayList<>();
        LocalDate date = null;
        if (i < lines.size()) {
            Byline b = parseByline(lines.get(i).stripped());
            if (b != null) {
                credits.addAll(b.credits());
                date = b.date();
                for (Credit c : b.credits()) {
                    report.detected(lines.get(i).number(), Texts.get("report.head.byline", c.role().text()),
                            c.affiliation() == null ? c.name() : c.affiliation() + " " + c.name());
                }
                if (date != null) report.detected(lines.get(i).number(), Texts.get("report.head.date"), date.toString());
                i++;
            }
        }
        return new Head(title, subtitle, credits, date, i);
    }

    /**
     * Whether {@code s} can be a title: short, not a sentence (no 。！？ anywhere, no trailing comma-like mark),
     * not a numbered or ■-marked line (those are body headings), not a byline.
     */
    static boolean isTitleLike(String s) {
        String core = WORD_COUNT.matcher(s).replaceAll("");
        int len = TextLines.length(core);
        if (len == 0 || len > MAX_TITLE) return false;
        if (core.matches(".*[。！？；].*") || core.matches(".*[，,、：:]$")) return false;
        if (Outline.levelOf(core) > 0 || Outline.isMarked(core)) return false;
        return parseByline(core) == null;
    }

    /** Parses a byline, or returns null when {@code s} is not one. */
    static Byline parseByline(String s) {
        s = TextLines.strip(s);
        if (TextLines.length(s) > 60 || s.isEmpty()) return null;
        Matcher m = OFFICE_NAME.matcher(s);
        if (m.matches()) {
            LocalDate d = m.group(3) == null ? null : Furniture.date(m.group(3), m.group(4), m.group(5));
            return new Byline(List.of(new Credit(m.group("name"), Role.AUTHOR, m.group("office"))), d);
        }
        Matcher u = UNIT_NAME.matcher(s);
        if (u.matches()) return new Byline(List.of(new Credit(u.group("name"), Role.AUTHOR, u.group("office"))), null);
        return parseRoleByline(s);
    }

    /**
     * "作者：张三", "文/张三", "口述：张三  整理：李四", "口述 张三 整理 李四" (role before names) or
     * "张三 口述  李四 整理" (role after names). Every token must be a role word or a name.
     */
    private static Byline parseRoleByline(String s) {
        if (s.matches(".*[。！？；].*")) return null;
        String[] tokens = TOKEN_SPLIT.split(s);
        List<String> toks = new ArrayList<>();
        for (String t : tokens) if (!t.isEmpty()) toks.add(t);
        if (toks.size() < 2 && !(toks.size() == 1 && NAME_THEN_ROLE.matcher(toks.get(0)).matches())) return null;
        boolean prefix = ROLE_WORDS.containsKey(toks.get(0));
        List<Credit> credits = new ArrayList<>();
        Role current = null;
        String currentWord = null;
        List<String> pending = new ArrayList<>();
        boolean sawRole = false;
        for (String t : toks) {
            Matcher nr = NAME_THEN_ROLE.matcher(t);
            if (ROLE_WORDS.containsKey(t)) {
                sawRole = true;
                if (prefix) {
                    current = ROLE_WORDS.get(t);
                    currentWord = t;
                } else {
                    if (pending.isEmpty()) return null;
                    for (String n : pending) credits.add(credit(n, ROLE_WORDS.get(t), t));
                    pending.clear();
                }
            } else if (!prefix && nr.matches()) {
                sawRole = true;
                for (String n : pending) credits.add(credit(n, ROLE_WORDS.get(nr.group(2)), nr.group(2)));
                pending.clear();
                credits.add(credit(nr.group(1), ROLE_WORDS.get(nr.group(2)), nr.group(2)));
            } else if (NAME_P.matcher(t).matches()) {
                if (prefix) {
                    if (current == null) return null;
                    credits.add(credit(t, current, currentWord));
                } else {
                    pending.add(t);
                }
            } else {
                return null;
            }
        }
        if (!sawRole || !pending.isEmpty() || credits.isEmpty()) return null;
        return new Byline(credits, null);
    }

    /** 记者/通讯员 are kept as the affiliation, because the byline prints them as an office. */
    private static Credit credit(String name, Role role, String word) {
        String aff = "记者".equals(word) || "通讯员".equals(word) ? word : null;
        return new Credit(name, role, aff);
    }
}
