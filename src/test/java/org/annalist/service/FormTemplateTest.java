package org.annalist.service;

import org.annalist.doc.Document;
import org.annalist.doc.Markdown;
import org.annalist.doc.Meta;
import org.annalist.model.PublicationKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms (审稿单, progress report) are set with the form template (templates/form-a4.yaml): A4, one column, whatever
 * the publication's kind — a yearbook's form is no longer set in the book's two columns. {@code -Dpolish.forms=DIR}
 * keeps the PDF.
 */
class FormTemplateTest {
    @TempDir
    Path dir;

    private static final String FORM = """
            # 审稿单：常德市政协工作报告（节选）

            ## 基本情况

            | 项目 | 内容 |
            |------|------|
            | 稿件 | 常德市政协工作报告（节选） |
            | 所在 | 《示范年鉴》2022 / 专文 |
            | 状态 | 复审 |

            ## 审稿记录

            | 序号 | 审级 | 决定 | 签名 | 时间 | 意见 |
            |------|------|------|------|------|------|
            | 1 | 初审 | 通过 → 复审 | 李编辑 | 2026-12-01 09:30 | 史实准确，文字通顺，同意送复审。 |
            | 2 | 复审 | 通过 → 终审 | 赵主任 | 2026-12-03 15:10 | 数字已与统计公报核对，同意送终审。 |

            审稿意见以签名为准，修订版本的 SHA-256 见上表。本单由年鉴编辑台打印，供存档。
            """;

    @Test
    void aYearbooksFormIsSetOnOneColumnOfAnA4Page() throws Exception {
        String keep = System.getProperty("polish.forms");
        Path pdf = (keep == null ? dir : Path.of(keep)).resolve("审稿单-年鉴.pdf");
        Document form = Markdown.parse(FORM).withMeta(Meta.titled("审稿单"));
        ReviewForms.pdf(form, PublicationKind.NIANJIAN, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1.5f));
            assertThat(box.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1.5f));
            float[] span = {Float.MAX_VALUE, 0};
            String[] longest = {""};
            PDFTextStripper lines = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> glyphs) throws IOException {
                    if (glyphs.isEmpty()) return;
                    float from = glyphs.get(0).getXDirAdj();
                    float to = glyphs.get(glyphs.size() - 1).getXDirAdj() + glyphs.get(glyphs.size() - 1).getWidthDirAdj();
                    if (to - from > span[1] - span[0] || span[0] == Float.MAX_VALUE) {
                        span[0] = from;
                        span[1] = to;
                        longest[0] = text;
                    }
                    super.writeString(text, glyphs);
                }
            };
            lines.setSortByPosition(true);
            String text = lines.getText(doc).replaceAll("\\s", "");
            assertThat(text).contains("审稿单").contains("史实准确").contains("数字已与统计公报核对");
            // one column: the closing paragraph runs across the whole text block (two columns of the 16开 yearbook
            // are 24 characters of 9 pt each, 216 pt)
            assertThat(span[1] - span[0]).as("the widest line: " + longest[0]).isGreaterThan(300f);
        }
    }
}
