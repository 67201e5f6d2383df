package org.annalist.importer.docx;

import org.annalist.i18n.Texts;
import org.annalist.i18n.Localized;
import java.util.ArrayList;
import java.util.List;

import org.annalist.doc.Document;
import org.annalist.doc.Suggestions;
import org.annalist.importer.ImportException;
import org.annalist.model.ImportOptions;
import org.annalist.importer.ImportResult;
import org.annalist.importer.ImportedItem;
import org.annalist.importer.Source;
import org.annalist.importer.text.TextHeads;
import org.annalist.model.ImportReport;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemMetadata;

/**
 * The shared last step of the Word importers (.docx and binary .doc both parse into {@link WordModel}): mapping,
 * the summary lines of the report, and the item with its head.
 */
final class WordItems {
    private WordItems() {
    }

    static ImportResult build(Source source, List<WordModel.Element> elements, ImportReport report, String mediaType)
            throws ImportException {
        return build(source, elements, report, mediaType, ImportOptions.DEFAULT, null);
    }

    /** {@code review}: the marks the .docx parse met (null for binary .doc, which reports its own). */
    static ImportResult build(Source source, List<WordModel.Element> elements, ImportReport report, String mediaType,
                              ImportOptions options, ReviewMarks review) throws ImportException {
        // ImportReport prints "第N行"; in a Word file N counts paragraphs (table cells and notes included).
        report.format(Texts.get("report.word.lines"));
        if (options.changes() != ImportOptions.TrackedChanges.KEEP) {
            if (review != null) reportReview(review, null, options.changes(), report);
            elements = TrackedChanges.resolve(elements, options.changes() == ImportOptions.TrackedChanges.ACCEPT);
        }
        MapContext ctx = new MapContext(report);
        DocxMapper.Mapped mapped = DocxMapper.map(elements, ctx);
        if (review != null && options.changes() == ImportOptions.TrackedChanges.KEEP) {
            // Counted as "annalist show" lists them: what became suggestions in the text, moves once.
            reportReview(review, Suggestions.tally(Suggestions.list(mapped.body())), options.changes(), report);
        }
        summarise(ctx);
        TextHeads.Head head = mapped.head();
        Document body = mapped.body();
        if (body.blocks().isEmpty() && head.title().isEmpty()) {
            throw new ImportException(source.name(), Localized.of("import.word.noText"));
        }
        if (head.title().isEmpty()) report.warning(0, Texts.get("report.noTitle"));
        ItemKind kind = head.title().isEmpty() && head.credits().isEmpty() ? ItemKind.ENTRY : ItemKind.ARTICLE;
        ItemMetadata meta = ItemMetadata.EMPTY.withCredits(head.credits()).withCollectedOn(head.date());
        ImportedItem item = new ImportedItem(kind, head.title(), head.subtitle(), body, meta);
        return new ImportResult(List.of(item), report, mediaType, ctx.attachments);
    }

    /** Tracked changes counted and what was done with them; what the tree cannot keep, warned about. */
    private static void reportReview(ReviewMarks m, Suggestions.Tally kept, ImportOptions.TrackedChanges mode, ImportReport r) {
        Suggestions.Tally tally = kept != null ? kept : new Suggestions.Tally(m.insertions(), m.deletions(), m.moves());
        if (m.changes() > 0 || tally.total() > 0) {
            String authors = m.authors().isEmpty() ? "" : "（修订人：" + String.join("、", m.authors()) + "）";
            String what = switch (mode) {
                case KEEP -> "作为待处理的修订建议保留在正文中（排版时按接受处理并提示；导入后用“annalist review 稿件编号 --accept-all 或 --reject-all”处理）";
                case ACCEPT -> "按导入选项已全部接受";
                case REJECT -> "按导入选项已全部拒绝";
            };
            r.detected(0, "修订", tally.text() + authors + "，" + what);
        }
        if (m.formatChanges() > 0) {
            r.warning(0, "格式修订 " + m.formatChanges() + " 处按修改后的格式导入，修改前的格式未保留");
        }
        if (m.paragraphMarks() > 0) {
            r.warning(0, "增删段落分隔的修订 " + m.paragraphMarks() + " 处未作为修订建议导入，段落按文件中的分段导入，请核对");
        }
        if (m.rowChanges() > 0) {
            r.warning(0, "表格中整行增删的修订 " + m.rowChanges() + " 处未作为修订建议导入，表格含修订前后的全部行，请核对");
        }
        if (m.deepTables() > 0) {
            r.warning(0, "表格嵌套超过 " + DocxReader.MAX_TABLE_DEPTH + " 层（或内容控件层层嵌套），更深处的内容 " + m.deepTables()
                    + " 处只取了文字（每段一行），请核对");
        }
        m.hidden().forEach((paragraph, text) -> {
            if (!text.toString().isBlank()) r.removed(paragraph, "隐藏文字（Word 中设为“隐藏”，不显示也不打印）", text.toString());
        });
        for (ReviewMarks.Ruby ruby : m.rubies()) {
            r.warning(ruby.paragraph(), "拼音指南（注音）“" + ruby.text() + "”（注在“" + ruby.base() + "”上）未保留，只导入了被注音的文字，请核对");
        }
        for (ReviewMarks.Equation e : m.equations()) {
            r.warning(e.paragraph(), "公式已按线性文字导入（" + (e.text().length() > 60 ? e.text().substring(0, 60) + "…" : e.text())
                    + "），请核对，必要时改为图片");
        }
    }

    private static void summarise(MapContext ctx) {
        ImportReport r = ctx.report;
        if (ctx.indentsRemoved > 0) r.removed(0, "段首用空格或全角空格打出的缩进（排版时统一缩进）", ctx.indentsRemoved + " 个段落");
        if (ctx.softBreaksRemoved > 0) r.removed(0, "中文段落中的手动换行（Shift+回车）", ctx.softBreaksRemoved + " 处");
        // One line a distinct symbol (a report line is cut at 60 characters): few in any document.
        ctx.symbols.forEach((symbol, text) -> r.detected(0, "符号字体字符→通用字符", symbol + "→" + text));
        if (ctx.pageBreaks > 0) r.removed(0, "分页符、分栏符（版面由排版决定）", ctx.pageBreaks + " 处");
        if (ctx.nestedTables > 0) r.warning(0, "嵌套表格 " + ctx.nestedTables + " 个已展开为文字");
        if (ctx.leftIndented > 0) r.warning(0, "整段左缩进的段落 " + ctx.leftIndented + " 个按普通段落导入，其中若有引文，请改为引文");
        if (ctx.textBoxes > 0) r.warning(0, "文本框段落 " + ctx.textBoxes + " 个已转为正文段落");
        List<String> parts = new ArrayList<>();
        parts.add("标题 " + ctx.headings + " 个");
        parts.add("段落 " + ctx.paragraphs + " 个");
        if (ctx.lists > 0) parts.add("列表 " + ctx.lists + " 个");
        parts.add("表格 " + ctx.tables + " 个");
        parts.add("图片 " + ctx.images + " 幅");
        parts.add("注释 " + ctx.notes + " 条" + (ctx.endnotes > 0 ? "（其中尾注 " + ctx.endnotes + " 条）" : ""));
        r.detected(0, "统计", String.join("，", parts));
    }

}
