package org.annalist.typeset.style;

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
    final List<String> problems = new ArrayList<>();

    YamlFields(Path file) {
        this.file = file;
    }

    void problem(Node at, String field, String message) {
        int line = at == null ? 0 : at.getStartMark().getLine() + 1;
        problems.add(file + " 第" + line + "行 " + field + "：" + message);
    }

    /** The fields of a mapping; unknown keys are problems. Returns an empty map for a non-mapping. */
    Map<String, Node> fields(Node node, String path, Set<String> allowed) {
        Map<String, Node> out = new LinkedHashMap<>();
        if (!(node instanceof MappingNode m)) {
            problem(node, path, "应当是一组“字段: 值”");
            return out;
        }
        for (NodeTuple t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : null;
            String at = path.isEmpty() ? key : path + "." + key;
            if (key == null) {
                problem(t.getKeyNode(), path, "字段名应当是文字");
            } else if (!allowed.contains(key)) {
                problem(t.getKeyNode(), at, "未知字段（可用：" + String.join("、", allowed) + "）");
            } else if (out.put(key, t.getValueNode()) != null) {
                problem(t.getKeyNode(), at, "字段重复");
            }
        }
        return out;
    }

    String text(Map<String, Node> f, String key, String path, Node owner, boolean required) {
        Node n = f.get(key);
        String at = path.isEmpty() ? key : path + "." + key;
        if (n == null) {
            if (required) problem(owner, at, "缺少此字段");
            return null;
        }
        if (!(n instanceof ScalarNode s)) {
            problem(n, at, "应当是一个值");
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
            problem(f.get(key), path.isEmpty() ? key : path + "." + key, e.getMessage());
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
        throw new IllegalArgumentException("“" + s + "”应当是正整数");
    }

    static boolean bool(String s) {
        return switch (s) {
            case "true", "是", "yes", "有" -> true;
            case "false", "否", "no", "无" -> false;
            default -> throw new IllegalArgumentException("“" + s + "”应当是 是/否（true/false）");
        };
    }

    static <E> E oneOf(String s, Map<String, E> choices) {
        E e = choices.get(s);
        if (e == null) throw new IllegalArgumentException("“" + s + "”不在可选值中（" + String.join("、", choices.keySet()) + "）");
        return e;
    }
}
