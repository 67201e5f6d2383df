package org.annalist.ui;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code annalist desktop --help} and a start without a display speak in sentences, not stack traces. */
class DesktopLauncherTest {

    @Test
    void helpListsTheOptionsInTheChosenLanguage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            int status = DesktopLauncher.run(new String[]{"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(status).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("--data").contains("--lang").contains("--screenshot")
                    .contains("数据文件夹");
            out.reset();
            DesktopLauncher.run(new String[]{"--lang", "en", "--help"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("the data folder").doesNotContainPattern("\\p{IsHan}");
        } finally {
            org.annalist.ui.common.I18n.use(java.util.Locale.SIMPLIFIED_CHINESE);
        }
    }

    /** A child JVM with no display named: one sentence on stderr, exit status 2, no "Exception" line. */
    @Test
    void noDisplayGivesASentenceNotAStackTrace() throws Exception {
        String javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                "org.annalist.app.Main", "desktop", "--data", System.getProperty("java.io.tmpdir") + "/annalist-nodisplay");
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().remove("ANNALIST_LANG");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isEqualTo(2);
        assertThat(output).contains("没有图形显示").contains("annalist --help").doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** About names the version (the jar's Implementation-Version; a build from the source tree says so) and Java's. */
    @Test
    void aboutShowsTheVersion() {
        assertThat(MainView.aboutText()).contains("版本 源代码构建").contains("Java " + System.getProperty("java.version"));
    }
}
