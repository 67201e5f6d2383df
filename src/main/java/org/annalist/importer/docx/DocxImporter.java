package org.annalist.importer.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.annalist.doc.Document;
import org.annalist.importer.ImportException;
import org.annalist.importer.ImportResult;
import org.annalist.importer.ImportedItem;
import org.annalist.importer.Importer;
import org.annalist.importer.Source;
import org.annalist.importer.text.TextHeads;
import org.annalist.model.ImportReport;
import org.annalist.model.ItemKind;
import org.annalist.model.ItemMetadata;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Imports Word 2007+ documents (.docx, also when misnamed .doc or .wps). The bytes decide: a ZIP holding
 * word/document.xml is read; an OLE2 file holding an EncryptedPackage is a password-protected .docx and is
 * refused with that reason. {@link ZipGuard} checks the container before POI opens it, so a damaged, truncated
 * or bomb-like file gets a clear Chinese message instead of a stack trace or an exhausted heap.
 */
public final class DocxImporter implements Importer {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Override
    public String formatName() {
        return "Word 文档";
    }

    @Override
    public boolean accepts(Source source) {
        return ZipGuard.isDocx(source.bytes()) || ZipGuard.isEncryptedOoxml(source.bytes());
    }

    @Override
    public ImportResult read(Source source) throws ImportException {
        byte[] bytes = source.bytes();
        if (ZipGuard.isEncryptedOoxml(bytes)) {
            throw new ImportException(source.name(), "文件有密码保护。请在 Word 或 WPS 中打开，取消密码（文件→信息→保护文档）后另存，再导入");
        }
        if (!ZipGuard.isDocx(bytes)) {
            throw new ImportException(source.name(), "内容不是 Word 2007 及以后版本的 .docx 文档（文件可能已损坏，或只是扩展名为 ."
                    + source.extension() + "）");
        }
        ZipGuard.check(source.name(), bytes);
        ImportReport report = new ImportReport(source.name());
        report.format("Word 文档（Office Open XML）" + (source.extension().equals("docx") ? ""
                : "，文件扩展名为 ." + source.extension() + "，按内容识别为 .docx"));
        List<WordModel.Element> elements;
        try (InputStream in = new ByteArrayInputStream(bytes); XWPFDocument doc = open(source.name(), in)) {
            elements = DocxReader.read(doc);
        } catch (IOException | RuntimeException e) {
            // Parts are parsed lazily, so damage inside a part (a broken footnotes.xml) surfaces here.
            throw new ImportException(source.name(), "读取 Word 内容时出错（" + brief(e) + "）。请在 Word 或 WPS 中打开后另存为 .docx 再导入", e);
        }
        MapContext ctx = new MapContext(report);
        DocxMapper.Mapped mapped = DocxMapper.map(elements, ctx);
        summarise(ctx);
        TextHeads.Head head = mapped.head();
        Document body = mapped.body();
        if (body.blocks().isEmpty() && head.title().isEmpty()) {
            throw new ImportException(source.name(), "文档中没有文字");
        }
        if (head.title().isEmpty()) report.warning(0, "未找到标题，请在导入后填写");
        ItemKind kind = head.title().isEmpty() && head.credits().isEmpty() ? ItemKind.ENTRY : ItemKind.ARTICLE;
        ItemMetadata meta = ItemMetadata.EMPTY.withCredits(head.credits()).withCollectedOn(head.date());
        ImportedItem item = new ImportedItem(kind, head.title(), head.subtitle(), body, meta);
        return new ImportResult(List.of(item), report, MEDIA_TYPE, ctx.attachments);
    }

    private static XWPFDocument open(String name, InputStream in) throws ImportException {
        try {
            return new XWPFDocument(in);
        } catch (IOException | RuntimeException e) {
            // POI reports damage as many exception types (XmlException wrapped, POIXMLException, NotOfficeXml…).
            throw new ImportException(name, "Word 文件已损坏，无法打开（" + brief(e) + "）。请在 Word 或 WPS 中打开后另存为 .docx 再导入", e);
        }
    }

    private static void summarise(MapContext ctx) {
        ImportReport r = ctx.report;
        if (ctx.indentsRemoved > 0) r.removed(0, "段首用空格或全角空格打出的缩进（排版时统一缩进）", ctx.indentsRemoved + " 个段落");
        if (ctx.softBreaksRemoved > 0) r.removed(0, "中文段落中的手动换行（Shift+回车）", ctx.softBreaksRemoved + " 处");
        if (ctx.pageBreaks > 0) r.removed(0, "分页符、分栏符（版面由排版决定）", ctx.pageBreaks + " 处");
        if (ctx.nestedTables > 0) r.warning(0, "嵌套表格 " + ctx.nestedTables + " 个已展开为文字");
        if (ctx.textBoxes > 0) r.warning(0, "文本框段落 " + ctx.textBoxes + " 个已转为正文段落");
        List<String> parts = new ArrayList<>();
        parts.add("标题 " + ctx.headings + " 个");
        parts.add("段落 " + ctx.paragraphs + " 个");
        if (ctx.lists > 0) parts.add("列表 " + ctx.lists + " 个");
        parts.add("表格 " + ctx.tables + " 个");
        parts.add("图片 " + ctx.images + " 幅");
        parts.add("注释 " + ctx.notes + " 条" + (ctx.endnotes > 0 ? "（其中尾注 " + ctx.endnotes + " 条，按脚注处理）" : ""));
        r.detected(0, "统计", String.join("，", parts));
        if (ctx.endnotes > 0) r.warning(0, "尾注已改为脚注，请核对");
    }

    private static String brief(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null ? "" : "：" + (m.length() > 80 ? m.substring(0, 80) + "…" : m));
    }
}
