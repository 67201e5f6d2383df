package org.annalist.service;

import org.annalist.model.ItemMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the desktop program needs of the service layer: background tasks, the metadata form, settings. */
class DesktopServicesTest {
    @TempDir
    Path tmp;

    @Test
    void sameThreadExecutorReportsSuccessFailureAndCancellation() {
        SameThreadTaskExecutor ex = new SameThreadTaskExecutor();
        List<String> seen = new ArrayList<>();
        ex.execute(BackgroundTask.of("加法", p -> {
            p.update("计算", 1, 2);
            p.publish("一半");
            return 1 + 1;
        }).onProgress(u -> seen.add(u.phase() + u.fraction())).onPublished(o -> seen.add("publish " + o))
                .onSuccess(r -> seen.add("ok " + r)));
        ex.execute(BackgroundTask.of("失败", p -> {
            throw new IllegalStateException("文件坏了");
        }).onFailure(e -> seen.add("failed " + e.getMessage())).onSuccess(r -> seen.add("wrong")));
        TaskExecutor.Handle[] h = new TaskExecutor.Handle[1];
        h[0] = ex.execute(BackgroundTask.of("取消", p -> {
            return null;
        }));
        assertThat(h[0].isDone()).isTrue();
        // a task that finds itself cancelled stops through checkCancelled
        ex.execute(BackgroundTask.of("被取消", p -> {
            p.checkCancelled();
            return "x";
        }).onCancelled(() -> seen.add("never")));
        assertThat(seen).containsExactly("计算0.5", "publish 一半", "ok 2", "failed 文件坏了");
        assertThat(ex.ran()).containsExactly("加法", "失败", "取消", "被取消");
        assertThat(new BackgroundTask.Update("x", 3, 0).fraction()).isEqualTo(-1);
    }

    @Test
    void cancellationStopsTheWork() {
        SameThreadTaskExecutor ex = new SameThreadTaskExecutor();
        List<String> seen = new ArrayList<>();
        BackgroundTask.Progress[] progress = new BackgroundTask.Progress[1];
        TaskExecutor.Handle handle = ex.execute(BackgroundTask.of("长活", p -> {
            progress[0] = p;
            return "done";
        }).onSuccess(seen::add));
        handle.cancel();
        assertThat(progress[0].isCancelled()).isTrue();
        assertThatThrownBy(progress[0]::checkCancelled).isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(seen).containsExactly("done");
    }

    @Test
    void metadataFormNamesEachProblem() {
        MetadataForm bad = new MetadataForm("县政协", List.of(new MetadataForm.Person("编者", "张三", ""),
                new MetadataForm.Person("作者", " ", "")), "1980—1970", "", "", "", "", "明天");
        assertThat(bad.problems()).extracting(MetadataForm.Problem::message).anyMatch(m -> m.contains("未知的角色"))
                .anyMatch(m -> m.contains("署名第 2 行缺少姓名")).anyMatch(m -> m.contains("起止年份颠倒：1980—1970"))
                .anyMatch(m -> m.contains("征集时间应写成 2022-05-01"));
        assertThatThrownBy(bad::toMetadata).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("起止年份颠倒");
        int next = LocalDate.now().getYear() + 1;
        assertThat(MetadataForm.periodProblem("1990—" + next)).contains("晚于今年");
        assertThat(MetadataForm.periodProblem("抗日战争时期")).isNull();
        assertThat(MetadataForm.periodProblem("1937年—1945年")).isNull();

        MetadataForm good = new MetadataForm(" 县政协办公室 ", List.of(new MetadataForm.Person("口述", "王老", "原县长"),
                new MetadataForm.Person("整理", "李四", "")), "1949—1956年", "新添寨", "王老、李四", "土地改革；合作化", "县档案馆", "2022-05-01");
        assertThat(good.problems()).isEmpty();
        ItemMetadata m = good.toMetadata();
        assertThat(m.contributor()).isEqualTo("县政协办公室");
        assertThat(m.credits()).hasSize(2);
        assertThat(m.credits().get(1).affiliation()).isNull();
        assertThat(m.tags()).extracting(t -> t.kind().label() + t.name())
                .containsExactly("人物王老", "人物李四", "事件土地改革", "事件合作化");
        assertThat(m.collectedOn()).isEqualTo(LocalDate.of(2022, 5, 1));
        // and back: the form shows what was stored
        MetadataForm again = MetadataForm.of(m);
        assertThat(again.toMetadata()).isEqualTo(m);
    }

    @Test
    void settingsAreKeptPerUserAndChecked() throws Exception {
        Path dir = tmp.resolve("配置");
        assertThat(UserSettings.load(dir)).isEqualTo(UserSettings.defaults());
        UserSettings s = new UserSettings(tmp.resolve("数据").toString(), "", "wenshi-16k", "王编辑", "en");
        assertThat(s.problem()).isNull();
        s.save(dir);
        assertThat(UserSettings.load(dir)).isEqualTo(s);
        assertThat(UserSettings.load(dir).locale().getLanguage()).isEqualTo("en");
        assertThat(new UserSettings("", tmp.resolve("没有").toString(), "", "", "").problem()).contains("字体文件夹不存在");
        assertThat(new UserSettings("", "", "no-such", "", "").problem()).contains("没有名为 no-such 的版式模板");
        assertThat(UserSettings.configDir(Map.of("APPDATA", "C:\\Users\\w\\AppData\\Roaming"), "Windows 10", "C:\\Users\\w"))
                .isEqualTo(Path.of("C:\\Users\\w\\AppData\\Roaming", "Annalist"));
        assertThat(UserSettings.configDir(Map.of(), "Linux", "/home/w")).isEqualTo(Path.of("/home/w/.config/annalist"));
        Files.writeString(dir.resolve("settings.properties"), "dataDir=\\u00");
        assertThatThrownBy(() -> UserSettings.load(dir)).hasMessageContaining("格式有误");
    }
}
