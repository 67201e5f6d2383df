package org.annalist.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A publication's check settings: each rule on or off with its severity, and the exceptions — words that keep
 * their form (product names with ASCII punctuation: "Yahoo!", "C++"), never reported inside. Immutable; the
 * defaults run every rule at its own severity. Stored as text, one line each ({@link #toText()}):
 * {@code rule.half-width = on warning} and {@code exception = Yahoo!}.
 */
public final class CheckSettings {
    /** One rule's setting. */
    public record RuleSetting(boolean enabled, Severity severity) {
    }

    private final Map<Rule, RuleSetting> rules;
    private final Set<String> exceptions;

    private CheckSettings(Map<Rule, RuleSetting> rules, Set<String> exceptions) {
        this.rules = Collections.unmodifiableMap(new EnumMap<>(rules));
        this.exceptions = Collections.unmodifiableSet(new LinkedHashSet<>(exceptions));
    }

    /** Every rule on at its default severity, no exceptions. */
    public static CheckSettings defaults() {
        Map<Rule, RuleSetting> m = new EnumMap<>(Rule.class);
        for (Rule r : Rule.values()) m.put(r, new RuleSetting(true, r.defaultSeverity()));
        return new CheckSettings(m, Set.of());
    }

    public boolean enabled(Rule rule) {
        return rules.get(rule).enabled();
    }

    public Severity severity(Rule rule) {
        return rules.get(rule).severity();
    }

    public RuleSetting setting(Rule rule) {
        return rules.get(rule);
    }

    /** The words never reported inside, in the order given. */
    public Set<String> exceptions() {
        return exceptions;
    }

    /** These settings with {@code rule} set as given. */
    public CheckSettings with(Rule rule, boolean enabled, Severity severity) {
        Map<Rule, RuleSetting> m = new EnumMap<>(rules);
        m.put(rule, new RuleSetting(enabled, severity == null ? rule.defaultSeverity() : severity));
        return new CheckSettings(m, exceptions);
    }

    /** These settings with only {@code rule} on (the others off): what {@code --fix RULE} runs. */
    public CheckSettings only(Rule rule) {
        Map<Rule, RuleSetting> m = new EnumMap<>(rules);
        m.replaceAll((r, s) -> new RuleSetting(r == rule, s.severity()));
        return new CheckSettings(m, exceptions);
    }

    /** These settings with {@code words} as the exceptions (blank ones dropped). */
    public CheckSettings withExceptions(java.util.Collection<String> words) {
        Set<String> s = new LinkedHashSet<>();
        for (String w : words) if (w != null && !w.isBlank()) s.add(w.strip());
        return new CheckSettings(rules, s);
    }

    /** One line per rule that differs from its default, then one per exception. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        for (Rule r : Rule.values()) {
            RuleSetting s = rules.get(r);
            if (s.enabled() && s.severity() == r.defaultSeverity()) continue;
            sb.append("rule.").append(r.id()).append(" = ").append(s.enabled() ? "on" : "off").append(' ')
                    .append(s.severity().name().toLowerCase(java.util.Locale.ROOT)).append('\n');
        }
        for (String e : exceptions) sb.append("exception = ").append(e).append('\n');
        return sb.toString();
    }

    /**
     * Settings read from {@link #toText()}'s form, starting from the defaults. Lines it cannot read are listed in
     * {@code problems} (the line as written) and otherwise skipped: a bad line never loses the others.
     */
    public static CheckSettings parse(String text, List<String> problems) {
        CheckSettings s = defaults();
        List<String> words = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int eq = line.indexOf('=');
            if (eq < 0) {
                problems.add(raw);
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (key.equals("exception")) {
                words.add(value);
            } else if (key.startsWith("rule.") && Rule.byId(key.substring(5)) != null) {
                Rule r = Rule.byId(key.substring(5));
                String[] parts = value.split("\\s+");
                boolean on = !parts[0].equalsIgnoreCase("off");
                Severity sev = parts.length > 1 ? Severity.parse(parts[1]) : r.defaultSeverity();
                if (!(parts[0].equalsIgnoreCase("on") || parts[0].equalsIgnoreCase("off")) || sev == null) {
                    problems.add(raw);
                    continue;
                }
                s = s.with(r, on, sev);
            } else {
                problems.add(raw);
            }
        }
        return s.withExceptions(words);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CheckSettings c && c.rules.equals(rules) && c.exceptions.equals(exceptions);
    }

    @Override
    public int hashCode() {
        return rules.hashCode() * 31 + exceptions.hashCode();
    }
}
