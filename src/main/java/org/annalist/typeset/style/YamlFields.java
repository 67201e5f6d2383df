package org.annalist.typeset.style;

import org.annalist.i18n.Texts;
import org.annalist.i18n.LocalizedException;
import org.annalist.i18n.Localizable;
import org.annalist.i18n.Localized;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads fields of a YAML mapping node, collecting every problem with file, line and field path instead of
 * stopping at the first, so an editor fixes a template in one go.
 */
final class YamlFields {
    private final Path file;
    final List<Localized> problems = new ArrayList<>();

    YamlFields(Path file) {
        this.file = file;
    }

    void problem(Node at, String field, String key, Object... args) {
        problem(at, field, Localized.of(key, args));
    }

    void problem(Node at, String field, Localized message) {
        int line = at == null ? 0 : at.getStartMark().getLine() + 1;
        problems.add(Localized.of("yaml.problemAt", file, line, field, message));
    }

    /** The fields of a mapping; unknown keys are problems. Returns an empty map for a non-mapping. */
    Map<String, Node> fields(Node node, String path, Set<String> allowed) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (!(node instanceof MappingNode m)) {
            problem(node, path, "yaml.notMapping");
            return out;
        }
        for (NodeTuple t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : null;
            String at = path.isEmpty() ? key : path + "." + key;
            if (key == null) {
                problem(t.getKeyNode(), path, "yaml.keyNotText");
            } else if (!allowed.contains(key)) {
                problem(t.getKeyNode(), at, "yaml.unknownField", Texts.list(allowed));
            } else if (out.put(key, t.getValueNode()) != null) {
                problem(t.getKeyNode(), at, "yaml.duplicate");
            }
        }
        return out;
    }

    String text(Map<String, Node> f, String key, String path, Node owner, boolean required) {
        Node n = f.get(key);
        String at = path.isEmpty() ? key : path + "." + key;
        if (n == null) {
            if (required) problem(owner, at, "yaml.missing");
            return null;
        }
        if (!(n instanceof ScalarNode s)) {
            problem(n, at, "yaml.notScalar");
            return null;
        }
        return s.getValue().strip();
    }

    /** A converted value; a conversion's IllegalArgumentException becomes a problem and null. */
    <T> T value(Map<String, Node> f, String key, String path, Node owner, boolean required, Function<String, T> convert) {
        String s = text(f, key, path, owner, required);
        if (s == null) return null;
        try {
            return convert.apply(s);
        } catch (IllegalArgumentException e) {
            // the conversions below say what is wrong; any other failure is a bad value all the same
            problem(f.get(key), path.isEmpty() ? key : path + "." + key,
                    e instanceof Localizable l ? l.localized() : Localized.of("yaml.badValue", s));
            return null;
        }
    }

    static int positiveInt(String s) {
        try {
            int v = Integer.parseInt(s);
            if (v > 0) return v;
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new LocalizedException("yaml.notPositive", s);
    }

    static boolean bool(String s) {
        return switch (s) {
            case "true", "是", "yes", "有" -> true;
            case "false", "否", "no", "无" -> false;
            default -> throw new LocalizedException("yaml.notBoolean", s);
        };
    }

    static <E> E oneOf(String s, Map<String, E> choices) {
        E e = choices.get(s);
        if (e == null) throw new LocalizedException("yaml.notAChoice", s, Texts.list(choices.keySet()));
        return e;
    }
}
