package org.annalist.service;

import org.annalist.model.Item;
import org.annalist.store.Archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Child JVM of {@link ReviewKillTest}: with the 编辑部 of the review tests, takes items of a yearbook through
 * 初审 → 复审 → 终审 → 定稿 one step after another until it is killed, printing {@code SIGNED <item> <n>} once the
 * n-th step of an item has returned (committed and forced to disk). Args: data folder, number of items.
 */
public final class ReviewLoopChild {
    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        try (Archive archive = Archive.open(data)) {
            ReviewFixture f = new ReviewFixture(archive, "示范县年鉴");
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < count; i++) items.add(f.itemAt("收稿"));
            System.out.println("READY " + items.get(0).id());
            System.out.flush();
            List<ReviewFixture.Step> path = ReviewFixture.path("定稿");
            for (Item item : items) {
                for (int n = 0; n < path.size(); n++) {
                    f.apply(item.id(), path.get(n));
                    System.out.println("SIGNED " + item.id() + " " + (n + 1));
                    System.out.flush();
                }
            }
            System.out.println("DONE");
            System.out.flush();
        }
    }
}
