package org.annalist.typeset.style;

import org.annalist.i18n.Texts;
import org.annalist.i18n.LocalizedException;
import org.annalist.i18n.Localized;
import org.annalist.typeset.font.FontRole;
import org.annalist.typeset.style.BlockStyle.Align;
import org.annalist.typeset.style.BlockStyle.NewPage;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a template file (YAML; schema in docs/templates.md) and checks it: unknown fields, values, units,
 * and whether the grid fits the page. All problems are reported at once, each with file, line and field.
 */
public final class TemplateReader {
    private static final Set<String> TOP = Set.of("name", "description", "page", "margins", "grid", "fonts",
            "punctuation", "prohibition", "styles", "running-heads", "folio", "headings");
    private static final Set<String> STYLE_KEYS = Set.of("font", "size", "align", "indent", "before", "after", "span",
            "new-page", "keep-with", "letter-spacing", "brackets");
    private static final Map<String, FontRole> ROLES = new LinkedHashMap<>();
    private static final Map<String, Align> ALIGN = new LinkedHashMap<>();
    private static final Map<String, NewPage> NEW_PAGE = new LinkedHashMap<>();
    private static final Map<String, Boolean> SPAN = new LinkedHashMap<>();
    private static final Map<String, Folio.Position> FOLIO_POS = new LinkedHashMap<>();

    static {
        ROLES.put("宋", FontRole.SONG);
        ROLES.put("黑", FontRole.HEI);
        ROLES.put("楷", FontRole.KAI);
        ROLES.put("仿", FontRole.FANG);
        ROLES.put("西文", FontRole.LATIN);
        ALIGN.put("左", Align.LEFT);
        ALIGN.put("居中", Align.CENTER);
        ALIGN.put("右", Align.RIGHT);
        ALIGN.put("两端", Align.JUSTIFY);
        NEW_PAGE.put("无", NewPage.NONE);
        NEW_PAGE.put("另页", NewPage.ANY);
        NEW_PAGE.put("单页", NewPage.ODD);
        SPAN.put("通栏", true);
        SPAN.put("单栏", false);
        FOLIO_POS.put("外下", Folio.Position.OUTER_FOOT);
        FOLIO_POS.put("外上", Folio.Position.OUTER_HEAD);
        FOLIO_POS.put("中下", Folio.Position.CENTER_FOOT);
        FOLIO_POS.put("中上", Folio.Position.CENTER_HEAD);
    }

    private TemplateReader() {
    }

    /** Reads the template named {@code name} ({@code name.yaml}) from the folder. */
    public static Template read(Path folder, String name) throws TemplateException {
        Path file = folder.resolve(name + ".yaml");
        if (!Files.isRegularFile(file)) {
            throw new TemplateException(List.of(Localized.of("template.notFound", name, file)));
        }
        return read(file);
    }

    public static Template read(Path file) throws TemplateException {
        Node root;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new LoaderOptions()).compose(r);
        } catch (MarkedYAMLException e) {
            throw new TemplateException(List.of(Localized.of("yaml.syntax", file, e.getProblemMark().getLine() + 1, e.getProblem())));
        } catch (IOException e) {
            throw new TemplateException(List.of(Localized.of("yaml.unreadable", file, e.getMessage())));
        }
        YamlFields y = new YamlFields(file);
        Template t = build(file, root, y);
        if (!y.problems.isEmpty()) throw new TemplateException(y.problems);
        return t;
    }

    private static Template build(Path file, Node root, YamlFields y) {
        if (root == null) {
            y.problem(null, "", "template.empty");
            return null;
        }
        Map<String, Node> top = y.fields(root, "", TOP);
        String name = y.text(top, "name", "", root, true);
        String description = y.text(top, "description", "", root, false);

        Map<String, Node> page = y.fields(top.getOrDefault("page", root), "page", Set.of("width", "height"));
        Double pw = abs(y, page, "width", "page", top.get("page"));
        Double ph = abs(y, page, "height", "page", top.get("page"));

        Node marginsNode = top.getOrDefault("margins", root);
        Map<String, Node> margins = y.fields(marginsNode, "margins", Set.of("top", "bottom", "inner", "outer"));
        Double mt = abs(y, margins, "top", "margins", marginsNode);
        Double mi = abs(y, margins, "inner", "margins", marginsNode);

        Node gridNode = top.getOrDefault("grid", root);
        Map<String, Node> grid = y.fields(gridNode, "grid", Set.of("columns", "characters", "lines", "gap", "pitch"));
        Integer columns = y.value(grid, "columns", "grid", gridNode, true, YamlFields::positiveInt);
        Integer chars = y.value(grid, "characters", "grid", gridNode, true, YamlFields::positiveInt);
        Integer lines = y.value(grid, "lines", "grid", gridNode, true, YamlFields::positiveInt);
        Length gap = y.value(grid, "gap", "grid", gridNode, columns != null && columns > 1, Length::parse);
        Length pitch = y.value(grid, "pitch", "grid", gridNode, true, Length::parse);

        String punct = y.value(top, "punctuation", "", root, true, s -> check(s, Template.PUNCTUATION_STYLES));
        String prohib = y.value(top, "prohibition", "", root, true, s -> check(s, Template.PROHIBITION_LEVELS));

        Map<FontRole, Template.FontSpec> fonts = new EnumMap<>(FontRole.class);
        if (top.containsKey("fonts")) {
            Map<String, Node> fm = y.fields(top.get("fonts"), "fonts", ROLES.keySet());
            fm.forEach((role, n) -> {
                Map<String, Node> spec = y.fields(n, "fonts." + role, Set.of("file", "name"));
                String f = y.text(spec, "file", "fonts." + role, n, true);
                if (f != null) {
                    Path p = file.toAbsolutePath().getParent().resolve(f).normalize();
                    // a missing font file does not stop the book: the font resolver falls back and says so
                    fonts.put(ROLES.get(role), new Template.FontSpec(p, y.text(spec, "name", "fonts." + role, n, false)));
                }
            });
        }

        Node stylesNode = top.getOrDefault("styles", root);
        Map<String, Node> styleNodes = y.fields(stylesNode, "styles", Set.copyOf(Template.STYLE_NAMES));
        if (!styleNodes.containsKey("正文")) y.problem(stylesNode, "styles.正文", "template.noBody");
        BlockStyle body = styleNodes.containsKey("正文") ? style(y, styleNodes.get("正文"), "styles.正文", null) : null;
        Map<String, BlockStyle> styles = new LinkedHashMap<>();
        if (body != null) {
            styleNodes.forEach((k, n) -> {
                if (!k.equals("正文")) {
                    BlockStyle s = style(y, n, "styles." + k, body);
                    if (s != null) styles.put(k, s);
                }
            });
        }

        RunningHeads heads = null;
        if (top.containsKey("running-heads")) {
            Node hn = top.get("running-heads");
            Map<String, Node> h = y.fields(hn, "running-heads",
                    Set.of("odd", "even", "font", "size", "rule", "letter-spacing", "none-on-opening"));
            heads = new RunningHeads(nvl(y.text(h, "odd", "running-heads", hn, false), ""),
                    nvl(y.text(h, "even", "running-heads", hn, false), ""),
                    nvl(y.value(h, "font", "running-heads", hn, false, s -> YamlFields.oneOf(s, ROLES)), FontRole.SONG),
                    nvl(y.value(h, "size", "running-heads", hn, false, TemplateReader::size), body == null ? 9 : body.size()),
                    nvl(y.value(h, "rule", "running-heads", hn, false, Length::parse), Length.pt(0)),
                    nvl(y.value(h, "letter-spacing", "running-heads", hn, false, Length::parse), Length.pt(0)),
                    nvl(y.value(h, "none-on-opening", "running-heads", hn, false, YamlFields::bool), true));
        }
        Folio folio = null;
        if (top.containsKey("folio")) {
            Node fn = top.get("folio");
            Map<String, Node> f = y.fields(fn, "folio", Set.of("format", "position", "first", "font", "size"));
            String format = nvl(y.text(f, "format", "folio", fn, false), "{页码}");
            if (!format.contains("{页码}")) y.problem(f.get("format"), "folio.format", "template.folioFormat");
            folio = new Folio(format,
                    nvl(y.value(f, "position", "folio", fn, false, s -> YamlFields.oneOf(s, FOLIO_POS)), Folio.Position.OUTER_FOOT),
                    nvl(y.value(f, "first", "folio", fn, false, YamlFields::positiveInt), 1),
                    nvl(y.value(f, "font", "folio", fn, false, s -> YamlFields.oneOf(s, ROLES)), FontRole.SONG),
                    nvl(y.value(f, "size", "folio", fn, false, TemplateReader::size), body == null ? 9 : body.size()));
        }

        java.util.List<String> headings = new java.util.ArrayList<>();
        Node hn = top.get("headings");
        if (hn == null) {
            y.problem(root, "headings", "template.noHeadings");
        } else if (hn instanceof org.yaml.snakeyaml.nodes.SequenceNode seq) {
            for (Node item : seq.getValue()) {
                String v = item instanceof org.yaml.snakeyaml.nodes.ScalarNode sc ? sc.getValue().strip() : "";
                if (!styles.containsKey(v)) y.problem(item, "headings", "template.unknownStyle", v);
                else headings.add(v);
            }
            if (seq.getValue().isEmpty()) y.problem(hn, "headings", "template.headingsEmpty");
        } else {
            y.problem(hn, "headings", "template.headingsNotList");
        }

        if (!y.problems.isEmpty() || body == null || pw == null || ph == null || mt == null || mi == null
                || columns == null || chars == null || lines == null || pitch == null) {
            return null;
        }
        double gapPt = gap == null ? 0 : gap.toPoints(body.size(), 0);
        double pitchPt = pitch.toPoints(body.size(), 0);
        if (pitchPt < body.size()) y.problem(grid.get("pitch"), "grid.pitch", "template.pitchSmall", fmt(pitchPt), fmt(body.size()));
        double textW = columns * chars * body.size() + (columns - 1) * gapPt;
        double textH = lines * pitchPt;
        Double mb = abs(y, margins, "bottom", "margins", null);
        Double mo = abs(y, margins, "outer", "margins", null);
        double outer = pw - mi - textW;
        double bottom = ph - mt - textH;
        if (outer < 0) {
            y.problem(gridNode, "grid", "template.tooWide", mm(textW), columns, chars, fmt(body.size()), mm(pw), mm(mi));
        } else if (mo != null && Math.abs(mo - outer) > 0.5) {
            y.problem(margins.get("outer"), "margins.outer", "template.outerMismatch", mm(outer));
        }
        if (bottom < 0) {
            y.problem(gridNode, "grid", "template.tooHigh", mm(textH), lines, fmt(pitchPt), mm(ph), mm(mt));
        } else if (mb != null && Math.abs(mb - bottom) > 0.5) {
            y.problem(margins.get("bottom"), "margins.bottom", "template.bottomMismatch", mm(bottom));
        }
        return new Template(name, description, file, pw, ph, mt, Math.max(bottom, 0), mi, Math.max(outer, 0), columns, chars,
                lines, gapPt, pitchPt, fonts, body, styles, heads, folio, punct, prohib, headings);
    }

    private static BlockStyle style(YamlFields y, Node n, String path, BlockStyle base) {
        Map<String, Node> f = y.fields(n, path, STYLE_KEYS);
        FontRole font = y.value(f, "font", path, n, base == null, s -> YamlFields.oneOf(s, ROLES));
        Double size = y.value(f, "size", path, n, base == null, TemplateReader::size);
        Align align = y.value(f, "align", path, n, false, s -> YamlFields.oneOf(s, ALIGN));
        Length indent = y.value(f, "indent", path, n, false, Length::parse);
        Length before = y.value(f, "before", path, n, false, Length::parse);
        Length after = y.value(f, "after", path, n, false, Length::parse);
        Boolean span = y.value(f, "span", path, n, false, s -> YamlFields.oneOf(s, SPAN));
        NewPage np = y.value(f, "new-page", path, n, false, s -> YamlFields.oneOf(s, NEW_PAGE));
        Integer keep = y.value(f, "keep-with", path, n, false, YamlFields::positiveInt);
        Length ls = y.value(f, "letter-spacing", path, n, false, Length::parse);
        String brackets = y.text(f, "brackets", path, n, false);
        if (brackets != null && brackets.codePointCount(0, brackets.length()) != 2) {
            y.problem(f.get("brackets"), path + ".brackets", "template.brackets");
        }
        if (base == null) {
            if (font == null || size == null) return null;
            return new BlockStyle(font, size, nvl(align, Align.JUSTIFY), nvl(indent, Length.parse("2字")),
                    nvl(before, Length.pt(0)), nvl(after, Length.pt(0)), false, NewPage.NONE, 0, nvl(ls, Length.pt(0)), null);
        }
        return new BlockStyle(nvl(font, base.font()), nvl(size, base.size()), nvl(align, Align.LEFT), nvl(indent, Length.pt(0)),
                nvl(before, Length.pt(0)), nvl(after, Length.pt(0)), nvl(span, false), nvl(np, NewPage.NONE),
                nvl(keep, 0), nvl(ls, Length.pt(0)), brackets);
    }

    /** A font size: a Chinese size name (小五) or a length in points. */
    static double size(String s) {
        Double named = ChineseSizes.points(s);
        if (named != null) return named;
        try {
            Length l = Length.parse(s);
            if (l.unit() == Length.Unit.PT || l.unit() == Length.Unit.MM) {
                double pt = l.toPoints();
                if (pt > 0 && pt < 200) return pt;
            }
        } catch (IllegalArgumentException e) {
            // fall through to the message listing the names
        }
        throw new LocalizedException("template.notSize", s, Texts.list(ChineseSizes.names()));
    }

    private static Double abs(YamlFields y, Map<String, Node> f, String key, String path, Node owner) {
        return y.value(f, key, path, owner, owner != null, s -> {
            Length l = Length.parse(s);
            if (l.unit() == Length.Unit.CHAR || l.unit() == Length.Unit.LINE) {
                throw new LocalizedException("template.notAbsolute", s);
            }
            return l.toPoints();
        });
    }

    private static String check(String s, List<String> allowed) {
        if (!allowed.contains(s)) throw new LocalizedException("yaml.notAChoice", s, Texts.list(allowed));
        return s;
    }

    private static <T> T nvl(T v, T d) {
        return v != null ? v : d;
    }

    private static String fmt(double v) {
        return String.format("%.1f", v);
    }

    private static String mm(double pt) {
        return String.format("%.1fmm", pt * 25.4 / 72);
    }
}
