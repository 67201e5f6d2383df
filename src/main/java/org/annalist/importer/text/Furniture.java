package org.annalist.importer.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annalist.i18n.Texts;
import org.annalist.model.ImportReport;

/**
 * Removes web-page and printed-page furniture (navigation, mastheads, contact lines, 责编, 上一篇/下一篇,
 * 免责声明 blocks, link lists, folios…) from the line list. Each rule is named; every removed line is
 * reported with its line number and the rule's reason. Rules match whole short lines of a fixed shape, so a
 * body paragraph that merely mentions 免责 or 首页 stays. To add a rule, add a {@link Rule} to {@link #RULES}.
 */
final class Furniture {

    /**
     * A rule looks at line {@code i} (and may look further) and returns how many lines, starting at
     * {@code i}, are furniture (0 = not furniture). It may record what it found in {@code found}.
     */
    interface LineMatcher {
        int match(List<Line> lines, int i, Findings found, ImportReport report);
    }

    /** A named rule; {@code reason} is the key of what the report says (org/annalist/i18n/messages.properties). */
    record Rule(String name, String reason, LineMatcher matcher) {
    }

    static final String DATE = "(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?";
    private static final Pattern DATE_P = Pattern.compile(DATE);

    private static final Pattern BREADCRUMB = Pattern.compile(
            "^(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|所在位置)\\s*[:：].{0,80}$");
    private static final Pattern BREADCRUMB2 = Pattern.compile("^(?:首页|主页|网站首页)\\s*(?:[>＞»›/／]\\s*[^>＞»›/／]{1,20}\\s*){1,6}$");
    /** A site's menu copied as one line: "首页 | 政协概况 | 新闻中心 | 文史资料". */
    private static final Pattern NAV_MENU = Pattern.compile(
            "^(?:首页|主页|网站首页)(?:\\s*[|｜·•]\\s*[^|｜·•]{1,12}?){2,}\\s*$");
    /** A site's footer: copyright and licence lines ("版权所有：…", "Copyright © …", "京ICP备…号"). */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(?:(?:版权所有|Copyright|©|\\(c\\)).{0,80}|.{0,60}ICP备\\s*\\d+号.{0,40}|.{0,40}公网安备\\s*\\d+号.{0,20})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MASTHEAD = Pattern.compile("^\\S.{1,25}主管\\s*\\S.{1,25}主办$");
    private static final Pattern PHONE = Pattern.compile("(?:\\(?0\\d{2,3}\\)?[-\\s]?)?\\d{7,8}(?:-\\d{1,5})?|1[3-9]\\d{9}|400-?\\d{3}-?\\d{4}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern CONTACT_LABELS = Pattern.compile(
            "联系电话|咨询电话|投稿邮箱|电子邮箱|电子邮件|联系邮箱|电话|传真|邮箱|E-?mail|Tel|QQ|[※:：|｜,，;；\\s]", Pattern.CASE_INSENSITIVE);
    private static final Pattern EDITOR = Pattern.compile(
            "^[（(\\[【]?\\s*(?:责编|责任编辑|编辑|校对|审核|审校|初审|复审|终审|编审)\\s*[:：].{1,24}[)）\\]】]?$");
    private static final Pattern HOT_WORDS = Pattern.compile("^(?:相关热词搜索|相关热词|热词搜索|相关标签|标签)\\s*[:：].{0,60}$");
    private static final Pattern PREV_NEXT = Pattern.compile("^(?:上一篇|下一篇|上一条|下一条|上一页|下一页)\\s*[:：].{0,60}$");
    private static final Pattern DISCLAIMER_HEAD = Pattern.compile("^.{0,20}(?:版权及免责声明|免责声明|版权声明)\\s*[:：]?$");
    private static final Pattern DISCLAIMER_LINE = Pattern.compile("^[\\[【]\\s*(?:免责声明|版权声明)\\s*[\\]】].*$");
    private static final Pattern CLAUSE = Pattern.compile("^(?:\\d{1,2}|[一二三四五六七八九十])\\s*[.、．]\\D.*");
    private static final Pattern SOURCE_URL = Pattern.compile(
            "^(?:原文链接|原文地址|本文链接|原文网址|来源网址)\\s*[:：]\\s*(https?://\\S+)$");
    private static final Pattern LINK_LIST_HEAD = Pattern.compile(
            "^(?:最新加入|热门资讯|最新资讯|相关阅读|相关新闻|相关文章|推荐阅读|延伸阅读|热点推荐|热门推荐|猜你喜欢|最新文章|热门文章|图片新闻|热点新闻|精彩推荐|阅读排行|点击排行)$");
    private static final Pattern PUBLISHED = Pattern.compile(
            "^(?:发布日期|发布时间|发表时间|日期|时间)\\s*[:：]\\s*" + DATE + "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?"
                    + "(?:\\s*(?:来源|作者|浏览次数|点击数)\\s*[:：].{0,30})*$");
    private static final Pattern CONTRIBUTOR = Pattern.compile("^[（(]\\s*([^（()）]{2,30}?)\\s*供稿\\s*[)）]$");
    private static final Pattern CONTRIBUTOR2 = Pattern.compile("^[（(]?\\s*供稿(?:单位)?\\s*[:：]\\s*([^（()）]{2,30}?)\\s*[)）]?$");
    private static final Pattern PAGE_LINE = Pattern.compile("^Page\\s+(\\d{1,4})\\s*[-–—]\\s*(.{1,40})$");
    private static final Pattern P_LINE = Pattern.compile("^P\\.\\s*(\\d{1,4})$");
    private static final Pattern FOLIO = Pattern.compile("^[·•・\\-—－]\\s*(\\d{1,4})\\s*[·•・\\-—－]$");
    private static final Pattern NUMBER_STRIP = Pattern.compile("^\\d{1,4}(?:\\s+\\d{1,4}){2,}$");
    private static final Pattern LETTER_SPACED = Pattern.compile("^\\p{IsHan}(?:\\s+\\p{IsHan}){1,5}$");
    private static final Pattern PAGE_TOOLS = Pattern.compile(
            "^(?:【?\\s*字[体号]\\s*[:：].{0,12}|打印本页|【打印】.{0,20}|关闭窗口|【关闭】.{0,20}|分享到\\s*[:：]?.{0,20}|返回顶部|扫一扫.{0,20}|浏览次数\\s*[:：]\\s*\\d+)$");

    /** The standard rule set, tried in this order at every line; the first rule that matches wins. */
    static final List<Rule> RULES = List.of(
            new Rule("page-header", "report.furniture.pageHeader", Furniture::pageHeader),
            new Rule("running-head", "report.furniture.runningHead", Furniture::runningHead),
            new Rule("folio", "report.furniture.folio", Furniture::folio),
            new Rule("page-strip", "report.furniture.pageStrip", Furniture::pageStrip),
            new Rule("breadcrumb", "report.furniture.breadcrumb", (l, i, f, r) -> BREADCRUMB.matcher(t(l, i)).matches()
                    || BREADCRUMB2.matcher(t(l, i)).matches() ? 1 : 0),
            new Rule("nav-menu", "report.furniture.navMenu", regex(NAV_MENU)),
            new Rule("masthead", "report.furniture.masthead", regex(MASTHEAD)),
            new Rule("copyright", "report.furniture.copyright", regex(COPYRIGHT)),
            new Rule("contact", "report.furniture.contact", Furniture::contact),
            new Rule("editor", "report.furniture.editor", regex(EDITOR)),
            new Rule("hot-words", "report.furniture.hotWords", regex(HOT_WORDS)),
            new Rule("prev-next", "report.furniture.prevNext", regex(PREV_NEXT)),
            new Rule("disclaimer", "report.furniture.disclaimer", Furniture::disclaimer),
            new Rule("source-url", "report.furniture.sourceUrl", Furniture::sourceUrl),
            new Rule("link-list", "report.furniture.linkList", Furniture::linkList),
            new Rule("published", "report.furniture.published", Furniture::published),
            new Rule("contributor", "report.furniture.contributor", Furniture::contributor),
            new Rule("page-tools", "report.furniture.pageTools", regex(PAGE_TOOLS)),
            new Rule("duplicate", "report.furniture.duplicate", (l, i, f, r) -> i > 0 && t(l, i).equals(t(l, i - 1)) ? 1 : 0));

    private Furniture() {
    }

    /** Applies {@link #RULES}: returns the lines that are not furniture; reports every removed line. */
    static List<Line> apply(List<Line> lines, Findings found, ImportReport report) {
        return apply(RULES, lines, found, report);
    }

    static List<Line> apply(List<Rule> rules, List<Line> lines, Findings found, ImportReport report) {
        List<Line> kept = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int n = 0;
            Rule hit = null;
            for (Rule rule : rules) {
                n = rule.matcher().match(lines, i, found, report);
                if (n > 0) {
                    hit = rule;
                    break;
                }
            }
            if (hit == null) {
                kept.add(lines.get(i));
                i++;
                continue;
            }
            for (int k = i; k < i + n && k < lines.size(); k++) {
                report.removed(lines.get(k).number(), Texts.get(hit.reason()), lines.get(k).stripped());
            }
            i += n;
        }
        return kept;
    }

    private static String t(List<Line> lines, int i) {
        return lines.get(i).stripped();
    }

    private static LineMatcher regex(Pattern p) {
        return (l, i, f, r) -> p.matcher(t(l, i)).matches() ? 1 : 0;
    }

    private static int pageHeader(List<Line> l, int i, Findings f, ImportReport r) {
        Matcher m = PAGE_LINE.matcher(t(l, i));
        if (m.matches()) {
            f.pdfPage = Integer.parseInt(m.group(1));
            f.bookTitle = m.group(2).strip();
            r.detected(l.get(i).number(), Texts.get("report.found.bookTitle"), f.bookTitle);
            return 1;
        }
        m = P_LINE.matcher(t(l, i));
        if (m.matches() && i < 4) {
            if (f.pdfPage == null) f.pdfPage = Integer.parseInt(m.group(1));
            return 1;
        }
        return 0;
    }

    /** A letter-spaced short Han line ("专  文") at the very top of a page is the running head (书眉). */
    private static int runningHead(List<Line> l, int i, Findings f, ImportReport r) {
        // Only on a page extract (a "Page N" line was seen): a letter-spaced "前  言" atop a manuscript is its title.
        if (i > 3 || f.category != null || (f.pdfPage == null && f.bookTitle == null)) return 0;
        String s = t(l, i);
        if (!LETTER_SPACED.matcher(s).matches()) return 0;
        f.category = s.replaceAll("\\s+", "");
        r.detected(l.get(i).number(), Texts.get("report.found.category"), f.category);
        return 1;
    }

    private static int folio(List<Line> l, int i, Findings f, ImportReport r) {
        Matcher m = FOLIO.matcher(t(l, i));
        if (!m.matches()) return 0;
        f.folio = Integer.parseInt(m.group(1));
        r.detected(l.get(i).number(), Texts.get("report.found.folio"), String.valueOf(f.folio));
        return 1;
    }

    /** "56 57 58 … 66": a row of at least three consecutive page numbers (a PDF viewer's page strip). */
    private static int pageStrip(List<Line> l, int i, Findings f, ImportReport r) {
        String s = t(l, i);
        if (!NUMBER_STRIP.matcher(s).matches()) return 0;
        String[] n = s.split("\\s+");
        for (int k = 1; k < n.length; k++) {
            if (Integer.parseInt(n[k]) != Integer.parseInt(n[k - 1]) + 1) return 0;
        }
        return 1;
    }

    /** A line made only of phone numbers, e-mail addresses and their labels. */
    private static int contact(List<Line> l, int i, Findings f, ImportReport r) {
        String s = t(l, i);
        if (s.length() > 80) return 0;
        boolean any = PHONE.matcher(s).find() || EMAIL.matcher(s).find();
        if (!any) return 0;
        String rest = EMAIL.matcher(s).replaceAll("");
        rest = PHONE.matcher(rest).replaceAll("");
        rest = CONTACT_LABELS.matcher(rest).replaceAll("");
        return rest.isEmpty() ? 1 : 0;
    }

    /**
     * "人民周刊网版权及免责声明:" followed by numbered clauses, or a single "[免责声明] …" line. The block runs
     * to the end of its clauses; a later line that is not a clause ends it.
     */
    private static int disclaimer(List<Line> l, int i, Findings f, ImportReport r) {
        String s = t(l, i);
        if (DISCLAIMER_LINE.matcher(s).matches()) return 1;
        if (!DISCLAIMER_HEAD.matcher(s).matches()) return 0;
        int k = i + 1;
        while (k < l.size() && CLAUSE.matcher(t(l, k)).matches()) k++;
        // A bare "免责声明" heading followed by prose may be a real section of the text: keep it.
        return k > i + 1 || k == l.size() ? k - i : 0;
    }

    private static int sourceUrl(List<Line> l, int i, Findings f, ImportReport r) {
        Matcher m = SOURCE_URL.matcher(t(l, i));
        if (!m.matches()) return 0;
        if (f.sourceUrl == null) f.sourceUrl = m.group(1);
        r.detected(l.get(i).number(), Texts.get("report.found.sourceUrl"), m.group(1));
        return 1;
    }

    /**
     * "最新加入" / "热门资讯" followed by truncated headlines (ending in "...") and dates. The list is removed to
     * its end: every following line that is short and not a sentence. At least two items must look like
     * links (truncated or dated), so that a real heading such as "相关阅读" above body text survives.
     */
    private static int linkList(List<Line> l, int i, Findings f, ImportReport r) {
        if (!LINK_LIST_HEAD.matcher(t(l, i)).matches()) return 0;
        int k = i + 1, linky = 0;
        while (k < l.size()) {
            String s = t(l, k);
            boolean shortLine = TextLines.length(s) <= 40 && !s.matches(".*[。！？]$");
            if (!shortLine) break;
            if (s.endsWith("...") || s.endsWith("…") || s.matches("^\\d{4}-\\d{2}-\\d{2}.*")) linky++;
            k++;
        }
        return linky >= 2 ? k - i : 0;
    }

    private static int published(List<Line> l, int i, Findings f, ImportReport r) {
        Matcher m = PUBLISHED.matcher(t(l, i));
        if (!m.matches()) return 0;
        LocalDate d = date(m.group(1), m.group(2), m.group(3));
        if (d != null) {
            if (f.publishedOn == null) f.publishedOn = d;
            r.detected(l.get(i).number(), Texts.get("report.found.published"), d.toString());
        }
        return 1;
    }

    private static int contributor(List<Line> l, int i, Findings f, ImportReport r) {
        String s = t(l, i);
        Matcher m = CONTRIBUTOR.matcher(s);
        if (!m.matches()) m = CONTRIBUTOR2.matcher(s);
        if (!m.matches()) return 0;
        if (f.contributor == null) f.contributor = m.group(1).strip();
        r.detected(l.get(i).number(), Texts.get("report.found.contributor"), m.group(1).strip());
        return 1;
    }

    /** A date from year/month/day strings, or null when the numbers are not a date. */
    static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The first date in {@code s}, or null. */
    static LocalDate findDate(String s) {
        Matcher m = DATE_P.matcher(s);
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }
}
