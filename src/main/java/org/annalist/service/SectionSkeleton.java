package org.annalist.service;

import org.annalist.i18n.LocalizedException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A 类目 skeleton a new 年鉴 volume can start from: section titles, nested (类目 → 分目 → 子目). Shipped as
 * {@code templates/skeletons/*.yaml} (a list under {@code sections:}; an entry is a title, or "title: [children]").
 */
public record SectionSkeleton(String name, List<Node> sections) {

    /** One section of a skeleton and the sections under it. */
    public record Node(String title, List<Node> children) {
    }

    /** The folder holding the skeletons: {@code templates/skeletons} of the program. */
    public static Path folder() {
        return ProgramHome.locate().resolve("templates").resolve("skeletons");
    }

    /** The names of the skeletons in {@code dir}, sorted. */
    public static List<String> names(Path dir) {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Reads the skeleton {@code name} (a file {@code name.yaml} in {@code dir}). */
    public static SectionSkeleton read(Path dir, String name) {
        Path file = dir.resolve(name + ".yaml");
        if (!Files.isRegularFile(file)) {
            throw new LocalizedException("manage.skeleton.unknown", name, String.join("、", names(dir)));
        }
        Object root;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new LoaderOptions()).load(r);
        } catch (IOException | RuntimeException e) {
            throw new LocalizedException("manage.skeleton.unreadable", file, e.getMessage());
        }
        if (!(root instanceof Map<?, ?> m) || !(m.get("sections") instanceof List<?> list)) {
            throw new LocalizedException("manage.skeleton.unreadable", file, "sections");
        }
        return new SectionSkeleton(name, nodes(list, file));
    }

    private static List<Node> nodes(List<?> list, Path file) {
        List<Node> out = new ArrayList<>();
        for (Object o : list) {
            if (o instanceof Map<?, ?> m && m.size() == 1) {
                var e = m.entrySet().iterator().next();
                List<Node> children = e.getValue() instanceof List<?> l ? nodes(l, file) : List.of();
                out.add(new Node(String.valueOf(e.getKey()).strip(), children));
            } else if (o != null && !(o instanceof Map<?, ?>) && !(o instanceof List<?>) && !String.valueOf(o).isBlank()) {
                out.add(new Node(String.valueOf(o).strip(), List.of()));
            } else {
                throw new LocalizedException("manage.skeleton.unreadable", file, String.valueOf(o));
            }
        }
        return out;
    }
}
