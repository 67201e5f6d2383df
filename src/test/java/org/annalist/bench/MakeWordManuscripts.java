package org.annalist.bench;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes N 公文-style Word manuscripts of about 5,000 characters each (centred title, byline, hand-typed
 * 一、/（一） numbering, U+3000 indents, a table) from the seed sentences, for the import benchmark:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.annalist.bench.MakeWordManuscripts archive/seeds 100 /tmp/docx}.
 */
public final class MakeWordManuscripts {
    private MakeWordManuscripts() {
    }

    public static void main(String[] args) throws Exception {
        Path seeds = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        List<String> sentences = new ArrayList<>();
        try (var files = Files.list(seeds)) {
            for (Path f : files.sorted().toList()) {
                for (String s : Files.readString(f, StandardCharsets.UTF_8).split("(?<=。)")) {
                    s = s.strip();
                    if (s.length() > 15 && !s.contains("\n") && !s.contains("http")) sentences.add(s);
                }
            }
        }
        Random rnd = new Random(20221);
        String[] big = {"一", "二", "三", "四", "五", "六"};
        for (int i = 1; i <= n; i++) {
            try (XWPFDocument doc = new XWPFDocument()) {
                XWPFParagraph title = doc.createParagraph();
                title.setAlignment(ParagraphAlignment.CENTER);
                XWPFRun tr = title.createRun();
                tr.setText("关于第" + i + "项工作的情况报告");
                tr.setBold(true);
                tr.setFontSize(22);
                tr.setFontFamily("方正小标宋简体");
                XWPFParagraph by = doc.createParagraph();
                by.setAlignment(ParagraphAlignment.CENTER);
                by.createRun().setText("某县政协办公室  张" + big[i % 6] + "明");
                int chars = 0;
                for (int part = 0; chars < 5000; part++) {
                    doc.createParagraph().createRun().setText(big[part % 6] + "、第" + (part + 1) + "部分工作情况");
                    for (int sub = 0; sub < 2 && chars < 5000; sub++) {
                        doc.createParagraph().createRun().setText("（" + big[sub] + "）具体做法");
                        for (int p = 0; p < 3; p++) {
                            StringBuilder sb = new StringBuilder("\u3000\u3000");
                            for (int k = 0; k < 4; k++) sb.append(sentences.get(rnd.nextInt(sentences.size())));
                            doc.createParagraph().createRun().setText(sb.toString());
                            chars += sb.length();
                        }
                    }
                    if (part == 1) {
                        XWPFTable t = doc.createTable(4, 3);
                        for (int r = 0; r < 4; r++) for (int c = 0; c < 3; c++) t.getRow(r).getCell(c).setText(r == 0 ? "项目" + c : String.valueOf(rnd.nextInt(1000)));
                    }
                }
                try (OutputStream os = Files.newOutputStream(out.resolve(String.format("稿件%03d.docx", i)))) {
                    doc.write(os);
                }
            }
        }
        System.out.println(n + " manuscripts -> " + out);
    }
}
