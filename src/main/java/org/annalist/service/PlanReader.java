package org.annalist.service;

import org.annalist.i18n.Texts;
import org.annalist.i18n.Localizable;
import org.annalist.i18n.Localized;
import org.annalist.model.ItemKind;
import org.annalist.model.PublicationKind;
import org.annalist.model.SectionLevel;
import org.annalist.service.PublicationPlan.ItemPlan;
import org.annalist.service.PublicationPlan.SectionPlan;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a publication description (YAML, see archive/README.md). Every error names the file, the line and
 * the field, because editors write these files by hand.
 */
public final class PlanReader {

    /** A description with an error; the message is Chinese and names file, line and field. */
    public static final class PlanException extends Exception implements Localizable {
        private final Localized message;

        public PlanException(Path file, int line, Localized message) {
            super(message.key());
            this.message = Localized.of("plan.problemAt", file, line, message);
        }

        @Override
        public Localized localized() {
            return message;
        }

        @Override
        public String getMessage() {
            return message.text();
        }
    }

    private static final Set<String> TOP_KEYS = Set.of("code", "kind", "title", "year", "volume", "subtitle", "版权页", "sections");
    private static final Set<String> ITEM_KEYS = Set.of("file", "articles", "title", "kind", "contributor");

    private final Path file;

    private PlanReader(Path file) {
        this.file = file;
    }

    public static PublicationPlan read(Path file) throws PlanException {
        return new PlanReader(file).parse();
    }

    private PublicationPlan parse() throws PlanException {
        Node root;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new LoaderOptions()).compose(r);
        } catch (MarkedYAMLException e) {
            throw new PlanException(file, e.getProblemMark().getLine() + 1, Localized.of("plan.syntax", e.getProblem()));
        } catch (IOException e) {
            throw new PlanException(file, 0, Localized.of("plan.unreadable", e.getMessage()));
        }
        if (!(root instanceof MappingNode m)) throw new PlanException(file, 1, Localized.of("yaml.notMapping"));
        Map<String, Node> top = fields(m, TOP_KEYS);
        PublicationKind kind = parseEnum(top, "kind", PublicationKind::parse, m);
        String title = text(top, "title", m, true);
        Integer year = integer(top, "year");
        Integer volume = integer(top, "volume");
        if (kind == PublicationKind.NIANJIAN && year == null) throw err(m, "plan.needsYear");
        if (kind == PublicationKind.WENSHI && volume == null) throw err(m, "plan.needsVolume");
        List<SectionPlan> sections = sections(top.get("sections"), m);
        org.annalist.doc.Imprint imprint = top.containsKey("版权页")
                ? ImprintReader.read(file, top.get("版权页")) : org.annalist.doc.Imprint.NONE;
        return new PublicationPlan(file, text(top, "code", m, true), kind, title, year, volume,
                text(top, "subtitle", m, false), sections, imprint);
    }

    private List<SectionPlan> sections(Node node, Node owner) throws PlanException {
        if (node == null) return List.of();
        if (!(node instanceof SequenceNode seq)) throw err(node, "plan.sectionsNotList");
        List<SectionPlan> out = new ArrayList<>();
        for (Node n : seq.getValue()) {
            if (!(n instanceof MappingNode m)) throw err(n, "plan.sectionForm");
            Map<String, Node> f = fields(m, Set.of("类目", "分目", "子目", "栏目", "专辑", "items", "sections"));
            SectionLevel level = null;
            String title = null;
            for (String key : List.of("类目", "分目", "子目", "栏目", "专辑")) {
                if (f.containsKey(key)) {
                    if (level != null) throw err(m, "plan.twoLevels", level.label(), key);
                    level = SectionLevel.parse(key);
                    title = text(f, key, m, true);
                }
            }
            if (level == null) throw err(m, "plan.noLevel");
            out.add(new SectionPlan(level, title, items(f.get("items")), sections(f.get("sections"), m)));
        }
        return out;
    }

    private List<ItemPlan> items(Node node) throws PlanException {
        if (node == null) return List.of();
        if (!(node instanceof SequenceNode seq)) throw err(node, "plan.itemsNotList");
        List<ItemPlan> out = new ArrayList<>();
        for (Node n : seq.getValue()) {
            if (!(n instanceof MappingNode m)) throw err(n, "plan.itemForm");
            Map<String, Node> f = fields(m, ITEM_KEYS);
            String rel = text(f, "file", m, true);
            Path path = file.toAbsolutePath().getParent().resolve(rel).normalize();
            if (!Files.isRegularFile(path)) throw err(f.get("file"), "plan.noFile", rel, path);
            List<Integer> articles = new ArrayList<>();
            Node a = f.get("articles");
            if (a instanceof SequenceNode as) {
                for (Node x : as.getValue()) articles.add(intOf(x, "articles"));
            } else if (a != null) {
                articles.add(intOf(a, "articles"));
            }
            ItemKind kind = f.containsKey("kind") ? parseEnum(f, "kind", ItemKind::parse, m) : null;
            out.add(new ItemPlan(path, m.getStartMark().getLine() + 1, articles, text(f, "title", m, false), kind,
                    text(f, "contributor", m, false)));
        }
        return out;
    }

    private Map<String, Node> fields(MappingNode m, Set<String> allowed) throws PlanException {
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) throw err(t.getKeyNode(), "yaml.keyNotText");
            if (!allowed.contains(k.getValue())) {
                throw err(k, "plan.unknownField", k.getValue(), Texts.list(allowed));
            }
            if (out.put(k.getValue(), t.getValueNode()) != null) throw err(k, "plan.duplicate", k.getValue());
        }
        return out;
    }

    private String text(Map<String, Node> f, String key, Node owner, boolean required) throws PlanException {
        Node n = f.get(key);
        if (n == null) {
            if (required) throw err(owner, "plan.missing", key);
            return null;
        }
        if (!(n instanceof ScalarNode s)) throw err(n, "plan.notScalar", key);
        String v = s.getValue().strip();
        if (required && v.isEmpty()) throw err(n, "plan.empty", key);
        return v.isEmpty() ? null : v;
    }

    private Integer integer(Map<String, Node> f, String key) throws PlanException {
        Node n = f.get(key);
        return n == null ? null : intOf(n, key);
    }

    private int intOf(Node n, String key) throws PlanException {
        if (n instanceof ScalarNode s) {
            try {
                return Integer.parseInt(s.getValue().strip());
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
        }
        throw err(n, "plan.notInt", key);
    }

    private interface Parse<T> {
        T apply(String s);
    }

    private <T> T parseEnum(Map<String, Node> f, String key, Parse<T> parse, Node owner) throws PlanException {
        String v = text(f, key, owner, true);
        try {
            return parse.apply(v);
        } catch (IllegalArgumentException e) {
            throw new PlanException(file, f.get(key).getStartMark().getLine() + 1, Localized.of("plan.badValue", Localized.reason(e)));
        }
    }

    private PlanException err(Node n, String key, Object... args) {
        return new PlanException(file, n.getStartMark().getLine() + 1, Localized.of(key, args));
    }
}
