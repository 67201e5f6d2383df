package org.annalist.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.annalist.model.Item;

/**
 * Stands in for the desktop program in {@link KillDurabilityTest}: saves an item again and again through the
 * service the editor's window uses ({@link ItemEditing}: text saves, metadata saves, moves), printing after each
 * step what the status bar would call saved: {@code SAVED <item> <revision> <body hash>} or {@code MOVED <item> <ord>}.
 * Args: data folder. Runs until it is killed.
 */
public final class SaveLoopChild {
    public static void main(String[] args) {
        try (AnnalistSession s = AnnalistSession.open(Path.of(args[0]), false, "编辑甲")) {
            ItemEditing editing = s.editing();
            long id = s.imports().importBytes("在编稿件.txt",
                    "某县政协2022年工作\n\n2022年，全县政协工作稳步推进。\n".getBytes(StandardCharsets.UTF_8), null).items().get(0).id();
            s.imports().importBytes("另一篇.txt", "另一篇\n\n正文。\n".getBytes(StandardCharsets.UTF_8), null);
            for (int i = 1; ; i++) {
                Item item = editing.item(id).orElseThrow();
                if (i % 5 == 0) {
                    int ord = i % 2 + 1;
                    editing.move(id, null, ord);
                    System.out.println("MOVED " + id + " " + ord);
                } else {
                    String body = item.body() + "\n\n第" + i + "次修改：全县新增市场主体" + (1000 + i) + "户。\n";
                    Item saved = editing.save(item.withBody(body), "自动保存");
                    System.out.println("SAVED " + id + " " + saved.revision() + " " + body.hashCode());
                }
                System.out.flush();
            }
        }
    }
}
