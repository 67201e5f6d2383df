package org.annalist.service;

import org.annalist.i18n.Texts;
import org.annalist.i18n.Localized;
import org.annalist.doc.Imprint;
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

/**
 * Reads 版权页 data ({@link Imprint}): the {@code 版权页:} block of a publication description
 * (archive/*.yaml), or the file {@code 书名.版权页.yaml} next to a Markdown book {@code 书名.md}, whose fields
 * are the same at its top level. Errors name the file, the line and the field.
 */
public final class ImprintReader {
    private ImprintReader() {
    }

    /** The file holding the 版权页 data of a Markdown book: {@code X.md} → {@code X.版权页.yaml}. */
    public static Path sidecarOf(Path markdown) {
        String n = markdown.getFileName().toString();
        String stem = n.endsWith(".md") ? n.substring(0, n.length() - 3) : n;
        return markdown.resolveSibling(stem + ".版权页.yaml");
    }

    /** The sidecar's imprint, or {@link Imprint#NONE} when the book has no sidecar file. */
    public static Imprint readSidecar(Path markdown) throws PlanReader.PlanException {
        Path file = sidecarOf(markdown);
        if (!Files.isRegularFile(file)) return Imprint.NONE;
        Node root;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new LoaderOptions()).compose(r);
        } catch (MarkedYAMLException e) {
            throw new PlanReader.PlanException(file, e.getProblemMark().getLine() + 1, Localized.of("plan.syntax", e.getProblem()));
        } catch (IOException e) {
            throw new PlanReader.PlanException(file, 0, Localized.of("plan.unreadable", e.getMessage()));
        }
        if (root == null) return Imprint.NONE;
        return read(file, root);
    }

    /** A mapping of 版权页 fields (see {@link Imprint#FIELDS}); 主题词 may be a list. */
    static Imprint read(Path file, Node node) throws PlanReader.PlanException {
        if (!(node instanceof MappingNode m)) throw err(file, node, "imprint.notMapping");
        Map<String, String> values = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) throw err(file, t.getKeyNode(), "imprint.keyNotText");
            String key = k.getValue().strip();
            if (!Imprint.FIELDS.containsKey(key)) {
                throw err(file, k, "imprint.unknownField", key, Texts.list(Imprint.FIELDS.keySet()));
            }
            Node v = t.getValueNode();
            String value;
            if (v instanceof ScalarNode s) {
                value = s.getValue();
            } else if (v instanceof SequenceNode seq && key.equals("主题词")) {
                List<String> parts = new ArrayList<>();
                for (Node x : seq.getValue()) {
                    if (!(x instanceof ScalarNode xs)) throw err(file, x, "imprint.keywordNotText");
                    parts.add(xs.getValue());
                }
                value = String.join("\n", parts);
            } else {
                throw err(file, v, "plan.notScalar", key);
            }
            if (values.put(key, value) != null) throw err(file, k, "imprint.duplicate", key);
        }
        return Imprint.of(values);
    }

    private static PlanReader.PlanException err(Path file, Node n, String key, Object... args) {
        return new PlanReader.PlanException(file, n.getStartMark().getLine() + 1, Localized.of(key, args));
    }
}
