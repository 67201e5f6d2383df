package org.annalist.service;

import org.annalist.model.EditorialRole;
import org.annalist.model.Item;
import org.annalist.model.ItemStatus;
import org.annalist.model.ReviewDecision;
import org.annalist.model.ReviewSheet;
import org.annalist.model.Revision;
import org.annalist.model.StaffMember;
import org.annalist.store.Archive;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What review leaves behind survives closing and reopening the archive: duties, passwords (as hashes only), every
 * 审稿单 with its signed revision, and the 审稿单 form set as PDF from it.
 */
class ReviewAuditTrailTest {
    @TempDir
    Path dir;

    @Test
    void theTrailIsThereAfterReopening() throws Exception {
        long itemId;
        try (Archive archive = Archive.open(dir.resolve("data"))) {
            ReviewFixture f = new ReviewFixture(archive, "示范县年鉴");
            new StaffService(archive, "丙").setPassword("丙", "主编的密码".toCharArray());
            Item item = f.itemAt("收稿(条目)");
            itemId = item.id();
            f.apply(itemId, ReviewFixture.SEND);
            f.apply(itemId, ReviewFixture.APPROVE);
            // 甲 corrects the text during 初审 and saves it (revision 2); the steps themselves make no revision
            Item at = archive.read(tx -> tx.item(itemId)).orElseThrow();
            new ItemEditing(archive, "甲").commit(at.withBody("正文，经初审修改。\n"), "初审改稿");
            f.apply(itemId, new ReviewFixture.Step("甲", ReviewDecision.PASS, null, "史实准确，文字通顺，同意送复审。", null, false));
            f.apply(itemId, ReviewFixture.PASS2);
            f.apply(itemId, ReviewFixture.ACCEPT3);
        }
        try (Archive archive = Archive.open(dir.resolve("data"))) {
            StaffService staff = new StaffService(archive, "管理员");
            assertThatThrownBy(() -> staff.signIn("丙", null)).hasMessageContaining("密码");
            assertThatThrownBy(() -> staff.signIn("丙", "错的".toCharArray())).hasMessageContaining("密码不对");
            StaffMember chief = staff.signIn("丙", "主编的密码".toCharArray());
            assertThat(chief.roles()).containsExactly(EditorialRole.CHIEF);
            assertThat(staff.signIn("甲", null).has(EditorialRole.EDITOR)).isTrue();
            String secret = archive.read(tx -> tx.personSecret(chief.person().id())).orElseThrow();
            assertThat(secret).startsWith("PBKDF2WithHmacSHA512$210000$").doesNotContain("主编的密码");
            assertThat(archive.read(tx -> tx.audit(100)).stream().map(a -> String.valueOf(a.detail())))
                    .noneMatch(d -> d.contains("主编的密码"));

            ReviewWorkflow.History h = new ReviewWorkflow(archive, "甲").history(itemId);
            assertThat(h.item().status()).isEqualTo(ItemStatus.FINALISED);
            assertThat(h.sheets()).extracting(ReviewSheet::decision).containsExactly(ReviewDecision.SEND_TO_UNIT,
                    ReviewDecision.UNIT_APPROVE, ReviewDecision.PASS, ReviewDecision.PASS, ReviewDecision.ACCEPT);
            assertThat(h.sheets()).extracting(ReviewSheet::level).containsExactly(ItemStatus.RECEIVED, ItemStatus.UNIT_REVIEW,
                    ItemStatus.FIRST_REVIEW, ItemStatus.SECOND_REVIEW, ItemStatus.FINAL_REVIEW);
            assertThat(h.sheets().get(2).opinion()).isEqualTo("史实准确，文字通顺，同意送复审。");
            assertThat(h.revisions()).hasSize(2);
            assertThat(h.sheets()).extracting(ReviewSheet::revisionNumber).containsExactly(1, 1, 2, 2, 2);
            for (ReviewSheet s : h.sheets()) {
                Revision r = h.revisions().get(s.revisionNumber() - 1);
                assertThat(r.sha256()).isEqualTo(s.revisionSha256());
            }
            assertThat(h.revisions().get(1).author()).isEqualTo("甲");
            assertThat(h.broken()).isEmpty();

            Path pdf = dir.resolve("审稿单.pdf");
            ReviewForms.pdf(ReviewForms.reviewSheet(h, "《示范县年鉴》2024 / 经济"), org.annalist.model.PublicationKind.NIANJIAN, pdf);
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
                assertThat(text).contains("审稿单").contains("供稿单位审核").contains("史实准确").contains("定稿")
                        .contains(h.sheets().get(4).revisionSha256().substring(0, 12))
                        .doesNotContain("目录").doesNotContain("开本"); // a form: no title page, 版权页 or 目录
            }
        }
    }

    @Test
    void passwordsAreSaltedPbkdf2() {
        String a = StaffService.hash("同一个密码".toCharArray());
        String b = StaffService.hash("同一个密码".toCharArray());
        assertThat(a).isNotEqualTo(b);
        assertThat(StaffService.verify("同一个密码".toCharArray(), a)).isTrue();
        assertThat(StaffService.verify("同一个密码".toCharArray(), b)).isTrue();
        assertThat(StaffService.verify("另一个".toCharArray(), a)).isFalse();
        assertThat(List.of(a.split("\\$"))).hasSize(4);
    }
}
