package org.annalist.importer.text;

import org.annalist.doc.Block;
import org.annalist.doc.Inline;
import org.annalist.importer.ImportResult;
import org.annalist.importer.ImportedItem;
import org.junit.jupiter.api.Test;

class DumpSeedsTest {
    @Test
    void dump() throws Exception {
        for (String f : new String[] {"work-points-county-cppcc-2020.txt", "special-edition-jiangsu-cppcc-2022.txt",
                "web-article-nanjiang-cppcc-2024.txt", "work-review-wudang-cppcc-2022.txt", "yearbook-page-changde-2022-p61.txt"}) {
            ImportResult r = new TextImporter().read(Seeds.source(f));
            System.out.println("=========== " + f);
            System.out.println(r.report());
            for (ImportedItem it : r.items()) {
                System.out.println("ITEM " + it.kind() + " [" + it.title() + "] sub=[" + it.subtitle() + "] " + it.metadata());
                for (Block b : it.body().blocks()) {
                    String t = b instanceof Block.Heading h ? "H" + h.level() + " " + ((Inline.Text) h.content().get(0)).text()
                            : "P " + ((Inline.Text) ((Block.Paragraph) b).content().get(0)).text();
                    System.out.println("   " + (t.length() > 60 ? t.substring(0, 60) + "…" : t));
                }
            }
        }
    }
}
