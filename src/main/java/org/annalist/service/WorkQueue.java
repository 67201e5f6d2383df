package org.annalist.service;

import org.annalist.model.EditorialRole;
import org.annalist.model.Item;
import org.annalist.model.ItemStatus;
import org.annalist.model.Publication;
import org.annalist.model.ReviewSheet;
import org.annalist.model.StaffMember;
import org.annalist.store.Archive;
import org.annalist.store.Tx;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 待办: the items waiting for one person of the 编辑部, by the item's state and the person's duties — 收稿 for a
 * 责任编辑 to send into review, 供稿单位审核 and 退修 for the 供稿单位联系人 (of the item's unit, when the contact has
 * one) or the 责任编辑, 初审 for a 责任编辑, 复审 for the 编辑部主任, 终审 for the 主编 — leaving out a level the person may
 * not sign because they signed another level of the same item. Decided items (定稿, 存稿, 退稿) wait for nobody.
 * Oldest first (by the item's last change), so what has waited longest comes first.
 */
public final class WorkQueue {
    /** One waiting item: where it is (publication title, or null in the 收稿箱), its state, since when. */
    public record Entry(long itemId, String title, ItemStatus status, String publication, String contributor, Instant since) {
    }

    private WorkQueue() {
    }

    /** The items waiting for {@code user}; empty when the user holds no duty in the archive. */
    public static List<Entry> of(Archive archive, String user) {
        return archive.read(tx -> {
            StaffMember m = user == null ? null : tx.personByName(user.strip()).flatMap(p -> tx.staff(p.id())).orElse(null);
            List<Entry> out = new ArrayList<>();
            if (m == null || m.roles().isEmpty()) return out;
            for (Publication p : tx.publications()) {
                for (Item i : tx.itemsOfPublication(p.id())) {
                    if (waitsFor(tx, i, m)) out.add(entry(i, p.title()));
                }
            }
            for (Item i : tx.items(null)) {
                if (waitsFor(tx, i, m)) out.add(entry(i, null));
            }
            out.sort(Comparator.comparing(Entry::since, Comparator.nullsFirst(Comparator.naturalOrder())));
            return out;
        });
    }

    private static Entry entry(Item i, String publication) {
        return new Entry(i.id(), i.title(), i.status(), publication, i.metadata().contributor(), i.updatedAt());
    }

    static boolean waitsFor(Tx tx, Item item, StaffMember m) {
        return switch (item.status()) {
            case RECEIVED, EDITING -> m.has(EditorialRole.EDITOR);
            case UNIT_REVIEW, REVISING -> m.has(EditorialRole.EDITOR) || (m.has(EditorialRole.UNIT_CONTACT)
                    && (m.unit() == null || m.unit().isBlank() || m.unit().strip().equals(item.metadata().contributor())));
            case FIRST_REVIEW, SECOND_REVIEW, FINAL_REVIEW -> m.has(ReviewWorkflow.levelDuty(item.status()))
                    && !signedOtherLevel(tx.reviewSheets(item.id()), m, item.status());
            case FINALISED, HELD, REJECTED -> false;
        };
    }

    private static boolean signedOtherLevel(List<ReviewSheet> sheets, StaffMember m, ItemStatus level) {
        return sheets.stream().anyMatch(s -> s.personId() == m.person().id() && s.level().isReviewLevel() && s.level() != level);
    }
}
