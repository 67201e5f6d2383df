package org.annalist.service;

import org.annalist.model.Mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every known name of the authority lists (names, aliases, 字, 号, variant and old names) in one trie, and a single pass
 * over a text that takes, at each place, the longest name starting there and goes on after it: so where a place
 * 张自忠路 is known, 张自忠 is not found inside 张自忠路. Names shorter than two characters are left out (one character
 * is a word of the text far more often than a name). Built once per scan, immutable, not for the JavaFX thread.
 */
public final class NameMatcher {
    /** A known entry a name stands for. */
    public record Target(Mention.Kind kind, long id) {
    }

    /** The words {@code [from, to)} of the text, naming each of {@code targets}. */
    public record Match(int from, int to, String words, List<Target> targets) {
    }

    private static final int MIN_LENGTH = 2;

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        Set<Target> targets;
    }

    private final Node root = new Node();
    private int names;

    /** Adds a name of an entry; blank or one-character names are ignored. */
    public NameMatcher add(String name, Mention.Kind kind, long id) {
        if (name == null) return this;
        String n = name.strip();
        if (n.length() < MIN_LENGTH) return this;
        Node node = root;
        for (int i = 0; i < n.length(); i++) node = node.next.computeIfAbsent(n.charAt(i), k -> new Node());
        if (node.targets == null) {
            node.targets = new LinkedHashSet<>();
            names++;
        }
        node.targets.add(new Target(kind, id));
        return this;
    }

    /** How many different names it knows. */
    public int size() {
        return names;
    }

    /** The names in {@code text}, leftmost and longest first, none overlapping. */
    public List<Match> find(String text) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            Node node = root;
            int end = -1;
            Set<Target> found = null;
            for (int j = i; j < n; j++) {
                node = node.next.get(text.charAt(j));
                if (node == null) break;
                if (node.targets != null) {
                    end = j + 1;
                    found = node.targets;
                }
            }
            if (end > 0) {
                out.add(new Match(i, end, text.substring(i, end), List.copyOf(found)));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }
}
