package org.annalist.cli;

import org.annalist.model.ItemKind;
import org.annalist.service.AnnalistSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** 三审 from the command line on the demo archive: staff, review --to, refusals, history, status. */
class ReviewCliTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = tmp.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = AnnalistCli.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Run ok(String... args) {
        Run r = run(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    private Run refused(String expected, String... args) {
        Run r = run(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.out()).isEqualTo(1);
        assertThat(r.err()).contains(expected);
        return r;
    }

    @Test
    void threeReviewsFromTheCommandLine() throws Exception {
        String article;
        String entry;
        try (AnnalistSession s = AnnalistSession.open(tmp.resolve("data"), false, "收稿人")) {
            var m = s.management();
            var pub = m.createPublication(new org.annalist.service.ArchiveManagement.NewPublication(
                    org.annalist.model.PublicationKind.NIANJIAN, "示范年鉴", 2024, null, null, null));
            var section = m.createSection(pub.id(), null, "经济");
            entry = Long.toString(m.createItem(section.id(), ItemKind.ENTRY, "统计工作").id());
            article = Long.toString(m.createItem(section.id(), ItemKind.ARTICLE, "老街旧事").id());
        }

        assertThat(ok("staff").out()).contains("还没有登记编辑部人员");
        ok("--user", "管理员", "staff", "--grant", "丙", "--role", "主编");
        refused("只有主编", "--user", "管理员", "staff", "--grant", "甲", "--role", "编辑");
        ok("--user", "丙", "staff", "--grant", "甲", "--role", "责任编辑");
        ok("--user", "丙", "staff", "--grant", "乙", "--role", "编辑部主任");
        ok("--user", "丙", "staff", "--grant", "戊", "--role", "供稿单位联系人", "--unit", "示范县统计局");
        assertThat(ok("staff").out()).contains("丙：主编").contains("甲：责任编辑").contains("戊：供稿单位联系人（示范县统计局）");

        // the existing suggestion handling stays as it was, and does not mix with a review step
        assertThat(ok("review", article, "--accept-all").out()).contains("没有待处理的修订建议");
        assertThat(run("review", article, "--accept-all", "--to", "初审").code()).isEqualTo(2);

        assertThat(ok("--user", "甲", "review", article, "--to", "初审").out()).contains("收稿：送初审 → 初审").contains("甲 签署");
        refused("须填写审稿意见", "--user", "甲", "review", article, "--to", "复审");
        ok("--user", "甲", "review", article, "--to", "复审", "--opinion", "史实清楚，同意送复审");
        refused("需要：编辑部主任", "--user", "甲", "review", article, "--to", "终审", "--opinion", "同意");
        refused("不是本档案库登记的编辑人员", "--user", "路人", "review", article, "--to", "终审", "--opinion", "同意");
        ok("--user", "乙", "review", article, "--to", "终审", "--opinion", "同意");
        refused("只有终审可以定稿", "--user", "乙", "review", entry, "--to", "定稿", "--opinion", "同意");
        ok("--user", "丙", "review", article, "--to", "定稿", "--opinion", "同意定稿");
        refused("须说明理由", "--user", "丙", "review", article, "--to", "终审");

        Run history = ok("history", article, "--pdf", tmp.resolve("审稿单.pdf").toString());
        assertThat(history.out()).contains("现为“定稿”").contains("审稿单 2：初审 通过 → 复审，甲：史实清楚，同意送复审")
                .contains("审稿单 4：终审 定稿 → 定稿，丙：同意定稿").contains("均与其散列值相符").contains("已写出审稿单");
        try (PDDocument doc = Loader.loadPDF(tmp.resolve("审稿单.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s", "")).contains("审稿单").contains("史实清楚");
        }

        // the same 审稿单 as Word: one column, the steps as a table a person fills in by row
        assertThat(ok("history", article, "--docx", tmp.resolve("审稿单.docx").toString()).out()).contains("已写出审稿单").contains("审稿单.docx");
        try (var x = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(tmp.resolve("审稿单.docx")))) {
            var body = x.getDocument().getBody();
            var section = body.getSectPr();
            assertThat(section.getCols().getNum().intValue()).isEqualTo(1);
            assertThat(x.getTables()).hasSize(2);
            var steps = x.getTables().get(1);
            assertThat(steps.getRows()).hasSize(5); // the header and the four signed steps
            assertThat(steps.getRow(0).isRepeatHeader()).isTrue();
            assertThat(steps.getRow(0).getTableCells()).hasSize(7);
            assertThat(steps.getRow(2).getCell(5).getText()).contains("史实清楚，同意送复审");
            assertThat(steps.getRow(4).getCell(3).getText()).isEqualTo("丙");
            assertThat(x.getTables().get(0).getRow(1).getCell(1).getText()).contains("老街旧事");
        }

        // 年鉴 entries: 供稿单位审核 with the scanned 审核单 first
        refused("须先经供稿单位审核", "--user", "甲", "review", entry, "--to", "初审");
        ok("--user", "甲", "review", entry, "--to", "供稿单位审核");
        refused("审核单扫描件", "--user", "戊", "review", entry, "--to", "初审", "--opinion", "同意");
        Path scan = tmp.resolve("审核单.pdf");
        Files.write(scan, "%PDF-1.4 扫描件".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ok("--user", "戊", "review", entry, "--decision", "供稿单位审核通过", "--opinion", "经单位负责人审核同意", "--sheet", scan.toString());
        assertThat(ok("show", entry).out()).contains("审核单.pdf");

        Run all = ok("status");
        assertThat(all.out()).contains("《示范年鉴》").contains("定稿 1").contains("初审 1");
        Run one = ok("status", "示范年鉴", "--as-of", "2030-01-01");
        assertThat(one.out()).contains("编审进度（截至 2030-01-01）：共 2 篇").contains("各类目：\n  经济：初审 1，定稿 1（共 2 篇）")
                .contains("各供稿单位：").contains("逾期 0 篇");
        ok("status", "示范年鉴", "--as-of", "2030-01-01", "--docx", tmp.resolve("进度.docx").toString());
        try (var x = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(tmp.resolve("进度.docx")))) {
            assertThat(x.getDocument().getBody().getSectPr().getCols().getNum().intValue()).isEqualTo(1);
            assertThat(x.getTables()).isNotEmpty();
            assertThat(x.getTables().stream().flatMap(t -> t.getRows().stream()).flatMap(r -> r.getTableCells().stream())
                    .map(c -> c.getText()).toList()).contains("经济");
        }

        // a password keeps others from signing as 丙
        try (AnnalistSession s = AnnalistSession.open(tmp.resolve("data"), false, "丙")) {
            s.staff().setPassword("丙", "秘密".toCharArray());
        }
        assertThat(ok("staff").out()).contains("丙：主编，设有密码");
        refused("设有登录密码", "--user", "丙", "review", article, "--to", "终审", "--reason", "复核");
    }
}
