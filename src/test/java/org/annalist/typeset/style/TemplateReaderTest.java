package org.annalist.typeset.style;

import org.annalist.typeset.font.FontRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The shipped templates load; a template with errors names file, line and field for each problem. */
class TemplateReaderTest {
    static Path templates() {
        return Path.of(System.getProperty("annalist.projectDir", ".")).resolve("templates");
    }

    @TempDir
    Path tmp;

    @Test
    void nianjian16kMatchesTheSeedPage() throws Exception {
        Template t = TemplateReader.read(templates(), "nianjian-16k");
        assertThat(t.pageWidth()).isCloseTo(185 * 72 / 25.4, within(0.01));
        assertThat(t.columns()).isEqualTo(2);
        assertThat(t.charactersPerLine()).isEqualTo(24);
        assertThat(t.body().size()).isEqualTo(9.0);
        assertThat(t.body().font()).isEqualTo(FontRole.SONG);
        assertThat(t.columnWidth()).isEqualTo(216.0);
        assertThat(t.linePitch()).isEqualTo(13.5);
        assertThat(t.marginOuter()).isGreaterThan(0);
        assertThat(t.marginBottom()).isGreaterThan(0);
        assertThat(t.style("类目").spanColumns()).isTrue();
        assertThat(t.style("类目").newPage()).isEqualTo(BlockStyle.NewPage.ODD);
        assertThat(t.style("分目").keepWithNext()).isEqualTo(2);
        assertThat(t.style("条目标题").brackets()).isEqualTo("【】");
        assertThat(t.folio().render(33)).isEqualTo("·33·");
        assertThat(t.runningHeads().odd()).isEqualTo("{类目}");
        assertThat(t.punctuation()).isEqualTo("全角");
    }

    @Test
    void allShippedTemplatesLoad() throws Exception {
        for (String name : new String[]{"nianjian-16k", "nianjian-da16k", "wenshi-16k"}) {
            Template t = TemplateReader.read(templates(), name);
            assertThat(t.name()).isEqualTo(name);
            assertThat(t.textWidth()).isLessThan(t.pageWidth());
        }
        assertThat(TemplateReader.read(templates(), "nianjian-da16k").pageHeight()).isCloseTo(285 * 72 / 25.4, within(0.01));
        assertThat(TemplateReader.read(templates(), "wenshi-16k").columns()).isEqualTo(1);
    }

    @Test
    void everyProblemNamesFileLineAndField() throws Exception {
        String yaml = Files.readString(templates().resolve("nianjian-16k.yaml"))
                .replace("正文:     {font: 宋, size: 小五, indent: 2字}", "正文:     {font: 宋, size: 小五号, indent: 2字}")
                .replace("  columns: 2\n", "  columns: 2\n  colums: 3\n")
                .replace("position: 外下", "position: 下边");
        Path f = tmp.resolve("bad.yaml");
        Files.writeString(f, yaml);
        assertThatThrownBy(() -> TemplateReader.read(f))
                .isInstanceOf(TemplateException.class)
                .satisfies(e -> {
                    var problems = ((TemplateException) e).problems();
                    assertThat(problems).anySatisfy(p -> assertThat(p).contains("bad.yaml").contains("grid.colums").contains("未知字段").matches("(?s).*第1[0-9]行.*"));
                    assertThat(problems).anySatisfy(p -> assertThat(p).contains("styles.正文.size").contains("小五号").contains("不是字号"));
                    assertThat(problems).anySatisfy(p -> assertThat(p).contains("folio.position").contains("下边"));
                });
    }

    @Test
    void aGridWiderThanThePageIsRefusedWithTheNumbers() throws Exception {
        String yaml = Files.readString(templates().resolve("nianjian-16k.yaml")).replace("characters: 24", "characters: 34");
        Path f = tmp.resolve("wide.yaml");
        Files.writeString(f, yaml);
        assertThatThrownBy(() -> TemplateReader.read(f)).hasMessageContaining("wide.yaml").hasMessageContaining("grid")
                .hasMessageContaining("版心宽").hasMessageContaining("34 字");
    }

    @Test
    void missingTemplateAndYamlSyntaxErrors() throws Exception {
        assertThatThrownBy(() -> TemplateReader.read(templates(), "no-such")).hasMessageContaining("找不到版式模板 no-such");
        Path f = tmp.resolve("syntax.yaml");
        Files.writeString(f, "name: x\npage: {width: 185mm\n");
        assertThatThrownBy(() -> TemplateReader.read(f)).hasMessageContaining("syntax.yaml").hasMessageContaining("YAML 格式错误");
    }

    @Test
    void lengthsAndSizes() {
        assertThat(Length.parse("20mm").toPoints()).isCloseTo(56.69, within(0.01));
        assertThat(Length.parse("2字").toPoints(9, 13.5)).isEqualTo(18.0);
        assertThat(Length.parse("1.5行").toPoints(9, 13.5)).isEqualTo(20.25);
        assertThat(TemplateReader.size("小五")).isEqualTo(9.0);
        assertThat(TemplateReader.size("10.5pt")).isEqualTo(10.5);
        assertThatThrownBy(() -> Length.parse("两字")).hasMessageContaining("不是长度");
    }
}
