package org.annalist.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The window opens where it was left, on a screen that still exists (issue 12, item 7). */
class WindowPlacementTest {
    @TempDir
    Path dir;

    @Test
    void aSavedPlacementComesBack() throws Exception {
        new WindowPlacement(120, 80, 1500, 900, false, new double[]{0.25, 0.6}).save(dir);
        WindowPlacement w = WindowPlacement.load(dir).orElseThrow();
        assertThat(w.x()).isEqualTo(120);
        assertThat(w.width()).isEqualTo(1500);
        assertThat(w.maximized()).isFalse();
        assertThat(w.dividers()).containsExactly(0.25, 0.6);
    }

    @Test
    void aWindowLeftOnAMonitorThatIsGoneMovesOntoTheFirstScreen() {
        WindowPlacement onSecond = new WindowPlacement(2100, 100, 1300, 800, true, new double[]{0.2, 0.55});
        WindowPlacement w = onSecond.fitted(List.of(new WindowPlacement.Area(0, 0, 1280, 720)));
        assertThat(w.x()).isEqualTo(0);
        assertThat(w.y()).isEqualTo(0);
        assertThat(w.width()).isEqualTo(1280);
        assertThat(w.height()).isEqualTo(720);
        assertThat(w.maximized()).isTrue();
        // still on the second screen when it is there
        WindowPlacement kept = onSecond.fitted(List.of(new WindowPlacement.Area(0, 0, 1920, 1080),
                new WindowPlacement.Area(1920, 0, 1920, 1080)));
        assertThat(kept.x()).isEqualTo(2100);
        assertThat(kept.width()).isEqualTo(1300);
    }

    @Test
    void aDamagedFileMeansTheDefaultPlacement() throws Exception {
        Files.writeString(dir.resolve(WindowPlacement.FILE), "x=left\nwidth=abc\n");
        assertThat(WindowPlacement.load(dir)).isEmpty();
        Files.writeString(dir.resolve(WindowPlacement.FILE), "x=1\ny=1\nwidth=800\nheight=600\ndividers=0.3,1.7\n");
        assertThat(WindowPlacement.load(dir)).isEmpty();
        assertThat(WindowPlacement.load(dir.resolve("nowhere"))).isEmpty();
    }
}
