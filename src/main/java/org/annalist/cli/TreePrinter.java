package org.annalist.cli;

import org.annalist.model.Item;
import org.annalist.service.ArchiveTree;
import org.annalist.service.ArchiveTree.PublicationNode;
import org.annalist.service.ArchiveTree.SectionNode;

import java.io.PrintWriter;
import java.util.stream.Collectors;

/** Prints the archive tree: numbers to refer to, counts of items and characters, status per item. */
final class TreePrinter {
    private TreePrinter() {
    }

    static void print(ArchiveTree tree, PrintWriter out) {
        if (tree.publications().isEmpty() && tree.inbox().isEmpty()) {
            out.println(Msg.get("msg.empty.archive"));
            return;
        }
        for (PublicationNode p : tree.publications()) print(p, out);
        if (!tree.inbox().isEmpty()) {
            out.println(Msg.get("msg.inbox") + "（" + tree.inbox().size() + "）");
            for (Item i : tree.inbox()) item(i, 1, out);
        }
    }

    static void print(PublicationNode p, PrintWriter out) {
        var pub = p.publication();
        out.println(pub.displayName() + "  [" + pub.kind().label() + "，编号 " + pub.id()
                + (pub.code() != null ? "，代码 " + pub.code() : "") + "]  " + p.itemCount() + " 篇，" + p.characterCount() + " 字");
        for (SectionNode s : p.sections()) section(s, 1, out);
        out.println();
    }

    private static void section(SectionNode s, int depth, PrintWriter out) {
        out.println("  ".repeat(depth) + s.section().level().label() + " " + s.section().title()
                + "  (#" + s.section().id() + "，" + s.itemCount() + " 篇，" + s.characterCount() + " 字)");
        for (Item i : s.items()) item(i, depth + 1, out);
        for (SectionNode c : s.children()) section(c, depth + 1, out);
    }

    private static void item(Item i, int depth, PrintWriter out) {
        String authors = i.metadata().credits().stream().map(c -> c.name()).collect(Collectors.joining("、"));
        out.println("  ".repeat(depth) + "#" + i.id() + " " + i.kind().label() + "《" + titleOf(i) + "》"
                + (authors.isEmpty() ? "" : " " + authors)
                + "  ｜" + i.status().label() + "｜" + i.characterCount() + " 字");
    }

    static String titleOf(Item i) {
        String t = i.title().isBlank() ? "（无标题）" : i.title();
        return i.subtitle() == null || i.subtitle().isBlank() ? t : t + "——" + i.subtitle();
    }
}
