package org.annalist.typeset.page;

import org.annalist.i18n.Texts;
import org.annalist.doc.Block;
import org.annalist.doc.Document;
import org.annalist.doc.Inline;
import org.annalist.doc.Inlines;
import org.annalist.doc.Suggestions;

import java.util.ArrayList;
import java.util.List;

/** 修订建议 still in the text when a book is typeset: set as accepted, and counted per item for the summary. */
final class PendingSuggestions {
    private PendingSuggestions() {
    }

    /**
     * Pending 修订建议 (tracked changes kept from Word) are set as if accepted, since inserted text is what the author
     * now means, and a deletion printed as text would read as accepted; but proofs with undecided changes must not
     * go to print unnoticed, so the summary says how many there are and in which items.
     */
    static Document settle(Document doc, List<String> warnings) {
        java.util.Map<String, Integer> perItem = new java.util.LinkedHashMap<>();
        String current = Texts.get("typeset.suggestions.start");
        int total = 0;
        for (Block b : doc.blocks()) {
            String title = itemTitle(b);
            if (title != null) current = title;
            int n = Suggestions.count(List.of(b));
            if (n > 0) perItem.merge(current, n, Integer::sum);
            total += n;
        }
        if (total == 0) return doc;
        List<String> where = new ArrayList<>();
        perItem.forEach((title, n) -> where.add(Texts.get("typeset.suggestions.item", title, n)));
        warnings.add(Texts.get("typeset.suggestions", total, String.join(Texts.get("typeset.suggestions.separator"), where)));
        return Suggestions.acceptAll(doc);
    }

    /** The title a block opens an item or section with (heading, 篇名, 【条目】), or null. */
    private static String itemTitle(Block b) {
        if (b instanceof Block.Heading h) return Inlines.plainText(Suggestions.resolve(h.content(), true)).strip();
        if (b instanceof Block.ArticleHead a && a.part() == Block.ArticleHead.Part.TITLE) {
            return Inlines.plainText(Suggestions.resolve(a.content(), true)).strip();
        }
        if (b instanceof Block.Paragraph p && !p.content().isEmpty() && p.content().get(0) instanceof Inline.EntryTitle t) {
            return Inlines.plainText(t.content()).strip();
        }
        return null;
    }
}
