package org.annalist.cli;

import org.annalist.model.Credit;
import org.annalist.model.Item;
import org.annalist.model.ItemMetadata;
import org.annalist.model.Revision;
import org.annalist.service.AnnalistSession;
import org.annalist.service.ArchiveQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "show", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
final class ShowCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @ParentCommand
    AnnalistCommand top;

    @Parameters(paramLabel = "ITEM", descriptionKey = "show.item")
    String item;

    @Override
    public Integer call() {
        Long id = top.itemNumber(item);
        if (id == null) return 2;
        try (AnnalistSession s = top.open()) {
            var details = s.queries().item(id);
            if (details.isEmpty()) {
                top.err().println(Msg.get("msg.no.item", item));
                return 1;
            }
            print(details.get(), top.out());
            return 0;
        }
    }

    static void print(ArchiveQueries.ItemDetails d, PrintWriter out) {
        Item i = d.item();
        ItemMetadata m = i.metadata();
        out.println("#" + i.id() + " " + i.kind().label() + "《" + TreePrinter.titleOf(i) + "》");
        field(out, "位置", d.place());
        field(out, "状态", i.status().label());
        field(out, "署名", m.credits().stream().map(ShowCommand::credit).collect(Collectors.joining("；")));
        field(out, "供稿单位", m.contributor());
        field(out, "时期", m.period());
        field(out, "地点", m.place());
        field(out, "标签", m.tags().stream().map(t -> t.kind().label() + ":" + t.name()).collect(Collectors.joining("，")));
        field(out, "来源", m.source());
        field(out, "征集时间", m.collectedOn() == null ? null : m.collectedOn().toString());
        field(out, "字数", String.valueOf(i.characterCount()));
        out.println("──────── 正文（Markdown） ────────");
        out.println(i.body().strip());
        out.println("──────── 修订记录 ────────");
        for (Revision r : d.revisions()) {
            out.println("  第" + r.number() + "版  " + TIME.format(r.createdAt()) + "  " + r.author()
                    + "  SHA-256 " + r.sha256().substring(0, 12) + (r.note() == null ? "" : "  " + r.note()));
        }
        if (!d.attachments().isEmpty()) {
            out.println("──────── 附件 ────────");
            d.attachments().forEach(a -> out.println("  " + a.originalName() + "  " + a.mediaType() + "  "
                    + a.size() + " 字节  SHA-256 " + a.sha256().substring(0, 12)));
        }
        if (!d.suggestions().isEmpty()) {
            // Counted as the import report counts them: a move's two halves are one move.
            var tally = org.annalist.doc.Suggestions.tally(d.suggestions());
            out.println("──────── 待处理的修订建议（" + tally.total() + " 处：" + tally.text() + "；用 annalist review " + i.id()
                    + " --accept-all 或 --reject-all 处理） ────────");
            for (var sg : d.suggestions()) {
                out.println("  " + sg.label() + "  " + (sg.author() == null ? "（未署名）" : sg.author())
                        + (sg.date() == null ? "" : "  " + date(sg.date())) + "  「" + sg.text().replace("\n", " ") + "」");
            }
        }
        if (!d.comments().isEmpty()) {
            out.println("──────── 批注（审读意见） ────────");
            for (var c : d.comments()) {
                if (c.parentId() == null || d.comments().stream().noneMatch(p -> p.id() == c.parentId())) comment(c, d.comments(), "  ", out);
            }
        }
        for (String report : d.importReports()) {
            out.println("──────── 导入报告 ────────");
            out.println(report.strip());
        }
    }

    /** A comment and, indented under it, the replies to it: a thread as Word shows it. */
    private static void comment(org.annalist.model.ReviewComment c, java.util.List<org.annalist.model.ReviewComment> all,
                                String indent, PrintWriter out) {
        boolean reply = c.parentId() != null;
        out.println(indent + (reply ? "↳ 回复：" : "") + c.author() + (c.writtenAt() == null ? "" : "  " + TIME.format(c.writtenAt()))
                + (reply || c.anchor() == null ? "" : "  批注于：" + c.anchor()));
        if (!reply && c.quote() != null && !c.quote().isBlank()) {
            out.println(indent + "  所批注的文字：「" + c.quote().replace("\n", " ") + "」");
        }
        c.text().lines().forEach(line -> out.println(indent + "  " + line)); // a comment of several paragraphs stays indented
        for (var r : all) {
            if (r.parentId() != null && r.parentId() == c.id() && r != c) comment(r, all, indent + "    ", out);
        }
    }

    /** A date as Word writes it (ISO 8601, UTC) in local time; anything else as it is. */
    static String date(String iso) {
        try {
            return TIME.format(java.time.Instant.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    private static String credit(Credit c) {
        return (c.affiliation() == null ? "" : c.affiliation() + " ") + c.name() + "（" + c.role().label() + "）";
    }

    private static void field(PrintWriter out, String label, String value) {
        if (value != null && !value.isBlank()) out.println(label + "：" + value);
    }
}
