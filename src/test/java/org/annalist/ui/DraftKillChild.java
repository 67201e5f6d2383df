package org.annalist.ui;

import org.annalist.service.SameThreadTaskExecutor;
import org.annalist.service.UserSettings;
import org.annalist.ui.common.Coalescer;
import org.annalist.ui.common.I18n;
import org.annalist.ui.tree.TreeNode;

/**
 * Stands in for the desktop program in {@link DraftsTest}: opens the archive of the data folder (args[0]) the way
 * the window does, opens the first item and types into it again and again, each edit autosaved at once as the
 * item's draft; after each autosave it prints {@code DRAFTED <item> <n> <revision>}. Runs until it is killed.
 */
public final class DraftKillChild {
    public static void main(String[] args) {
        I18n.use(java.util.Locale.SIMPLIFIED_CHINESE);
        RecordingDialogs dialogs = new RecordingDialogs();
        MainViewModel vm = new MainViewModel(new UserSettings(args[0], "", "", "测试编辑", "zh"), false,
                new SameThreadTaskExecutor(), dialogs, ms -> Coalescer.immediate());
        vm.openArchive(() -> {
        });
        TreeNode first = vm.tree().rootProperty().get();
        while (!first.isItem()) first = first.children().get(0);
        vm.select(first);
        String text = vm.editor().textProperty().get();
        for (int i = 1; ; i++) {
            vm.editor().edited(text + "\n\n第" + i + "次输入，尚未保存为新版本。\n");
            if (!dialogs.errors.isEmpty()) throw new IllegalStateException(dialogs.errors.toString());
            System.out.println("DRAFTED " + first.id() + " " + i + " " + vm.editor().itemProperty().get().revision());
            System.out.flush();
        }
    }
}
