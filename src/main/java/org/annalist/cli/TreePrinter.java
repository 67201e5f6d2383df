package org.annalist.cli;

import org.annalist.model.Item;
import org.annalist.service.ArchiveTree;
import org.annalist.service.ArchiveTree.PublicationNode;
import org.annalist.service.ArchiveTree.SectionNode;

import java.io.PrintWriter;
import org.annalist.i18n.Texts;

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
            out.println(Msg.get("list.inbox", Msg.get("msg.inbox"), String.valueOf(tree.inbox().size())));
            for (Item i : tree.inbox()) item(i, 1, out);
        }
    }

    static void print(PublicationNode p, PrintWriter out) {
        var pub = p.publication();
        out.println(Msg.get("list.publicationLine", name(pub), Msg.label(pub.kind()), String.valueOf(pub.id()),
                pub.code() != null ? Msg.get("list.code", pub.code()) : "", String.valueOf(p.itemCount()), String.valueOf(p.characterCount())));
        for (SectionNode s : p.sections()) section(s, 1, out);
        out.println();
    }

    private static void section(SectionNode s, int depth, PrintWriter out) {
        out.println("  ".repeat(depth) + Msg.get("list.section", Msg.label(s.section().level()), s.section().title(),
                String.valueOf(s.section().id()), String.valueOf(s.itemCount()), String.valueOf(s.characterCount())));
        for (Item i : s.items()) item(i, depth + 1, out);
        for (SectionNode c : s.children()) section(c, depth + 1, out);
    }

    private static void item(Item i, int depth, PrintWriter out) {
        String authors = Texts.join(i.metadata().credits().stream().map(c -> c.name()).toList());
        out.println("  ".repeat(depth) + Msg.get("list.item", String.valueOf(i.id()), Msg.label(i.kind()), titleOf(i),
                authors.isEmpty() ? "" : " " + authors, Msg.label(i.status()), String.valueOf(i.characterCount())));
    }

    /** How a publication is named in lists: 《常德年鉴》2022 or 《乌当文史》第3辑, in the reader's language. */
    static String name(org.annalist.model.Publication pub) {
        return pub.kind() == org.annalist.model.PublicationKind.NIANJIAN
                ? Msg.get("list.yearbook", pub.title(), String.valueOf(pub.year()))
                : Msg.get("list.volume", pub.title(), String.valueOf(pub.volumeNumber()));
    }

    static String titleOf(Item i) {
        String t = i.title().isBlank() ? Msg.get("msg.untitled") : i.title();
        return i.subtitle() == null || i.subtitle().isBlank() ? t : t + "——" + i.subtitle();
    }
}
