package org.annalist.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.annalist.model.ImportReport;
import org.annalist.importer.ImportResult;
import org.annalist.importer.ImportedItem;
import org.annalist.importer.Source;
import org.junit.jupiter.api.Test;

/** Two-column detection: only real side-by-side columns are re-joined. */
class ColumnLayoutTest {

    private static List<Line> lines(String text) {
        return TextLines.split(text, new ImportReport("t"));
    }

    private static String pad(String left, int width) {
        StringBuilder sb = new StringBuilder(left);
        while (sb.length() < width) sb.append(' ');
        return sb.toString();
    }

    @Test
    void webTextWithAFewWideGapsIsNotAColumnLayout() {
        List<Line> l = lines(Seeds.text("web-article-nanjiang-cppcc-2024.txt"));
        assertThat(ColumnLayout.rightColumnStart(l)).isEqualTo(-1);
        assertThat(ColumnLayout.rightColumnStart(lines(Seeds.text("special-edition-jiangsu-cppcc-2022.txt")))).isEqualTo(-1);
        assertThat(ColumnLayout.rightColumnStart(lines(Seeds.text("yearbook-page-changde-2022-p61.txt")))).isEqualTo(63);
    }

    @Test
    void syntheticPageJoinsLatinWordsWithASpaceAndChineseWithout() throws Exception {
        String[][] rows = {
                {"    第一段开头的文字写在", "在右栏续完"},
                {"这里继续写到了行尾然后", "的一句话。"},
                {"接着写英文 Annalist", "    右栏第二段。"},
                {"program 的说明。", "右栏第二段继续"},
                {"    左栏第二段。", "写到这里。"},
                {"左栏第二段继续写到这里", "    右栏第三段。"},
                {"写完了", "结束。"},
        };
        List<String> out = new ArrayList<>();
        for (String[] r : rows) out.add(("      " + pad(r[0], 30) + "        " + r[1]).stripTrailing());
        String page = String.join("\n", out);
        ImportResult r = new TextImporter().read(new Source("page.txt", page.getBytes(StandardCharsets.UTF_8)));
        ImportedItem it = r.items().get(0);
        assertThat(Blocks.all(it.body())).isEqualTo(String.join("\n",
                "第一段开头的文字写在这里继续写到了行尾然后接着写英文 Annalist program 的说明。",
                "左栏第二段。左栏第二段继续写到这里写完了在右栏续完的一句话。",
                "右栏第二段。右栏第二段继续写到这里。",
                "右栏第三段。结束。", ""));
        // The page starts with an indented line, so nothing is carried over from a previous page.
        assertThat(r.report().entries(ImportReport.Kind.WARNING)).extracting(ImportReport.Entry::message)
                .noneMatch(m -> m.contains("承接上页")).noneMatch(m -> m.contains("续下页"));
    }
}
