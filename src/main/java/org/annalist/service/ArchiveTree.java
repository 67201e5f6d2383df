package org.annalist.service;

import org.annalist.model.Item;
import org.annalist.model.Publication;
import org.annalist.model.Section;

import java.util.List;

/**
 * A snapshot of the archive's structure for display: publications with their section trees and items,
 * and the 收稿箱 (inbox).
 */
public record ArchiveTree(List<PublicationNode> publications, List<Item> inbox) {

    public record PublicationNode(Publication publication, List<SectionNode> sections) {
        public int itemCount() {
            return sections.stream().mapToInt(SectionNode::itemCount).sum();
        }

        public int characterCount() {
            return sections.stream().mapToInt(SectionNode::characterCount).sum();
        }
    }

    public record SectionNode(Section section, List<Item> items, List<SectionNode> children) {
        public int itemCount() {
            return items.size() + children.stream().mapToInt(SectionNode::itemCount).sum();
        }

        public int characterCount() {
            return items.stream().mapToInt(Item::characterCount).sum()
                    + children.stream().mapToInt(SectionNode::characterCount).sum();
        }
    }
}
