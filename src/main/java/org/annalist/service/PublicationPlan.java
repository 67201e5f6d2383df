package org.annalist.service;

import org.annalist.model.ItemKind;
import org.annalist.model.PublicationKind;
import org.annalist.model.SectionLevel;

import java.nio.file.Path;
import java.util.List;

/**
 * A publication described in a file under {@code archive/}: its frame (类目/分目 or 栏目) and the
 * manuscript files placed in it, and its 版权页 data ({@code imprint}, {@link org.annalist.doc.Imprint#NONE} if not given). Read by {@link PlanReader}; built by {@link DemoService}.
 */
public record PublicationPlan(Path file, String code, PublicationKind kind, String title, Integer year,
                              Integer volume, String subtitle, List<SectionPlan> sections,
                              org.annalist.doc.Imprint imprint) {

    /** A node of the frame with its items and children. */
    public record SectionPlan(SectionLevel level, String title, List<ItemPlan> items, List<SectionPlan> children) {
    }

    /**
     * A manuscript placed in a section. {@code articles} selects which of the file's articles to take
     * (1-based; empty = all); {@code title}/{@code kind} override what the importer detected.
     */
    public record ItemPlan(Path file, int line, List<Integer> articles, String title, ItemKind kind, String contributor) {
    }
}
