package org.annalist.typeset.font;

import org.annalist.i18n.Texts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What fonts a job actually uses and why: per role the chain with where each face came from, the
 * substitutions (a wanted font missing, a template's font unusable), and warnings about font files that
 * could not be used, each naming the file. Shown to the editor before export, so that a book is never
 * printed in a fallback font without anyone having been told.
 */
public final class FontReport {

    /** A face of a chain and where it came from. */
    public record Used(Face face, FontSource source) {
        public String describe() {
            return Texts.get("font.report.used", face.displayName(), source.label(), face.file());
        }
    }

    /** One role: its chain in fallback order and the substitution notes. */
    public record RoleReport(FontRole role, List<Used> chain, List<String> substitutions) {
        public RoleReport {
            chain = List.copyOf(chain);
            substitutions = List.copyOf(substitutions);
        }

        public Used primary() {
            return chain.get(0);
        }
    }

    private final Map<FontRole, RoleReport> roles;
    private final List<String> warnings;

    public FontReport(Map<FontRole, RoleReport> roles, List<String> warnings) {
        this.roles = new EnumMap<>(roles);
        this.warnings = List.copyOf(warnings);
    }

    public RoleReport role(FontRole role) {
        return roles.get(role);
    }

    /** Font files that could not be used, and fonts skipped (CFF outlines), each naming the file. */
    public List<String> warnings() {
        return warnings;
    }

    /** All substitution notes of all roles, in role order. */
    public List<String> substitutions() {
        List<String> out = new ArrayList<>();
        for (RoleReport r : roles.values()) out.addAll(r.substitutions());
        return out;
    }

    public String toText() {
        StringBuilder sb = new StringBuilder(Texts.get("font.report.title")).append('\n');
        for (RoleReport r : roles.values()) {
            sb.append(Texts.get("font.report.role", r.role().shortName(), r.primary().describe())).append('\n');
            for (int i = 1; i < r.chain().size(); i++) {
                sb.append("    ").append(Texts.get("font.report.fallback", r.chain().get(i).describe())).append('\n');
            }
        }
        List<String> subs = substitutions();
        if (!subs.isEmpty()) {
            sb.append(Texts.get("font.report.substitutions")).append('\n');
            for (String s : subs) sb.append("  ").append(s).append('\n');
        }
        if (!warnings.isEmpty()) {
            sb.append(Texts.get("font.report.warnings")).append('\n');
            for (String w : warnings) sb.append("  ").append(w).append('\n');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return toText();
    }
}
