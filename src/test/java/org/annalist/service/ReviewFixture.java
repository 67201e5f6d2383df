package org.annalist.service;

import org.annalist.model.EditorialRole;
import org.annalist.model.Item;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemMetadata;
import org.annalist.model.ItemStatus;
import org.annalist.model.Person;
import org.annalist.model.Publication;
import org.annalist.model.PublicationKind;
import org.annalist.model.ReviewDecision;
import org.annalist.model.Section;
import org.annalist.model.SectionLevel;
import org.annalist.store.Archive;

import java.util.List;

import static org.annalist.model.ReviewDecision.*;

/**
 * A real archive with the 编辑部 of the review tests: 甲 责任编辑, 乙 编辑部主任, 丙 主编, 丁 校对, 戊 供稿单位联系人, 兼 (all
 * three review duties, to test that one person never signs two levels), 庚 (a person without a duty); and the steps
 * that bring a fresh item to each named state.
 */
final class ReviewFixture {
    final Archive archive;
    final long publicationId;
    final long sectionId;

    ReviewFixture(Archive archive, String title) {
        this.archive = archive;
        // before the archive has a 主编 anyone registers duties; afterwards only a 主编 does
        StaffService staff = new StaffService(archive, "丙");
        if (staff.member("甲").isEmpty()) {
            staff.grant("甲", EditorialRole.EDITOR, null);
            staff.grant("乙", EditorialRole.DIRECTOR, null);
            staff.grant("丙", EditorialRole.CHIEF, null);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new StaffService(archive, "甲").grant("丁", EditorialRole.CHIEF, null))
                    .hasMessageContaining("只有主编");
            staff.grant("丁", EditorialRole.PROOFREADER, null);
            staff.grant("戊", EditorialRole.UNIT_CONTACT, "示范县统计局");
            for (EditorialRole r : List.of(EditorialRole.EDITOR, EditorialRole.DIRECTOR, EditorialRole.CHIEF)) staff.grant("兼", r, null);
            archive.inTransaction(tx -> tx.actAs("管理员").savePerson(new Person(0, "庚", List.of(), null)));
        }
        Publication p = archive.inTransaction(tx -> tx.actAs("管理员").insertPublication(
                new Publication(0, PublicationKind.NIANJIAN, title, 2024, null, null, null)));
        publicationId = p.id();
        Section s = archive.inTransaction(tx -> tx.insertSection(new Section(0, p.id(), null, SectionLevel.CATEGORY, "经济", 0)));
        sectionId = s.id();
    }

    /** One step of a path: who signs which decision (target only where the decision needs one). */
    record Step(String who, ReviewDecision decision, ItemStatus target, String opinion, String reason, boolean attach) {
        static Step of(String who, ReviewDecision d) {
            return new Step(who, d, null, "意见：" + d.label(), null, false);
        }
    }

    static final Step SEND = Step.of("甲", SEND_TO_UNIT);
    static final Step APPROVE = new Step("戊", UNIT_APPROVE, null, "单位审核同意", null, true);
    static final Step SUBMIT_ = Step.of("甲", SUBMIT);
    static final Step PASS1 = Step.of("甲", PASS);
    static final Step PASS2 = Step.of("乙", PASS);
    static final Step ACCEPT3 = Step.of("丙", ACCEPT);

    /** The steps from 收稿 to each named starting state. */
    static List<Step> path(String start) {
        return switch (start) {
            case "收稿", "收稿(条目)", "编辑中" -> List.of();
            case "供稿单位审核" -> List.of(SEND);
            case "退修(供稿单位)" -> List.of(SEND, Step.of("戊", RETURN));
            case "初审(条目)" -> List.of(SEND, APPROVE);
            case "初审" -> List.of(SUBMIT_);
            case "复审" -> List.of(SUBMIT_, PASS1);
            case "复审(初审建议退稿)" -> List.of(SUBMIT_, Step.of("甲", PROPOSE_REJECT));
            case "复审(兼签初审)" -> List.of(SUBMIT_, Step.of("兼", PASS));
            case "终审" -> List.of(SUBMIT_, PASS1, PASS2);
            case "退修(初审)" -> List.of(SUBMIT_, Step.of("甲", RETURN));
            case "退修(复审)" -> List.of(SUBMIT_, PASS1, Step.of("乙", RETURN));
            case "定稿" -> List.of(SUBMIT_, PASS1, PASS2, ACCEPT3);
            case "存稿" -> List.of(SUBMIT_, PASS1, PASS2, Step.of("丙", HOLD));
            case "退稿(复审确认)" -> List.of(SUBMIT_, Step.of("甲", PROPOSE_REJECT), Step.of("乙", REJECT));
            case "退稿(终审)" -> List.of(SUBMIT_, PASS1, PASS2, Step.of("丙", REJECT));
            default -> throw new IllegalArgumentException(start);
        };
    }

    /** A new item of the publication (an 条目 for starts marked so, else a 篇) brought to {@code start}. */
    Item itemAt(String start) {
        ItemKind kind = start.contains("条目") || start.contains("供稿单位") ? ItemKind.ENTRY : ItemKind.ARTICLE;
        ItemMetadata m = new ItemMetadata("示范县统计局", List.of(), null, null, List.of(), null, null);
        Item item = archive.inTransaction(tx -> tx.insertItem(new Item(0, sectionId, kind, start + "稿", null,
                "正文。\n", ItemStatus.RECEIVED, m, 0, 0, null, null), "收稿人", null));
        if (start.equals("编辑中")) archive.inTransaction(tx -> tx.saveItem(item.withStatus(ItemStatus.EDITING), "收稿人", null));
        for (Step s : path(start)) apply(item.id(), s);
        return archive.read(tx -> tx.item(item.id())).orElseThrow();
    }

    org.annalist.model.ReviewSheet apply(long itemId, Step s) {
        Long attachment = null;
        if (s.attach()) {
            attachment = archive.inTransaction(tx -> tx.insertAttachment(itemId, "审核单.jpg", "image/jpeg",
                    ("审核单扫描件 " + itemId).getBytes(java.nio.charset.StandardCharsets.UTF_8), "收稿人")).id();
        }
        return new ReviewWorkflow(archive, s.who()).decide(itemId, s.decision(), s.target(), s.opinion(), s.reason(), attachment);
    }
}
