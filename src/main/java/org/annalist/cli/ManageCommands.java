package org.annalist.cli;

import org.annalist.model.ItemKind;
import org.annalist.model.Publication;
import org.annalist.model.PublicationKind;
import org.annalist.model.Section;
import org.annalist.model.TrashEntry;
import org.annalist.service.AnnalistSession;
import org.annalist.service.ArchiveManagement;
import org.annalist.service.ArchiveManagement.NewPublication;
import org.annalist.service.ArchiveManagement.Skeleton;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** new, rename, delete, restore, trash: building and pruning the archive (see ArchiveManagement). */
final class ManageCommands {
    private ManageCommands() {
    }

    /** What a command acts on: publication, section or item (English or Chinese). */
    static TrashEntry.Kind kind(String word) {
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "publication", "pub", "出版物" -> TrashEntry.Kind.PUBLICATION;
            case "section", "栏目", "类目", "分目", "子目" -> TrashEntry.Kind.SECTION;
            case "item", "稿件", "条目", "篇" -> TrashEntry.Kind.ITEM;
            default -> null;
        };
    }

    /** The number of the thing a reference names, or null after saying there is none. */
    static Long resolve(AnnalistCommand top, AnnalistSession s, TrashEntry.Kind kind, String ref) {
        switch (kind) {
            case PUBLICATION -> {
                var p = s.queries().publication(ref);
                if (p.isEmpty()) top.err().println(Msg.get("msg.no.publication", ref));
                return p.map(n -> n.publication().id()).orElse(null);
            }
            case SECTION -> {
                Optional<Section> sec = s.queries().section(ref.replace("#", ""));
                if (sec.isEmpty()) top.err().println(Msg.get("msg.no.section", ref));
                return sec.map(Section::id).orElse(null);
            }
            default -> {
                Long id = top.itemNumber(ref);
                if (id == null) return null;
                if (s.queries().item(id).isEmpty()) {
                    top.err().println(Msg.get("msg.no.item", ref));
                    return null;
                }
                return id;
            }
        }
    }

    static String describe(TrashEntry e) {
        return Msg.get("msg.trash.entry", e.id(), e.kind().label(), e.label(), e.sections(), e.items(), e.deletedBy(),
                e.deletedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDateTime().withNano(0).toString().replace('T', ' '));
    }

    @Command(name = "new", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true,
            subcommands = {NewPublicationCommand.class, NewSectionCommand.class, NewItemCommand.class})
    static final class NewCommand implements Runnable {
        @ParentCommand
        AnnalistCommand top;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), Msg.get("msg.new.what"));
        }
    }

    @Command(name = "publication", aliases = "出版物", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
    static final class NewPublicationCommand implements Callable<Integer> {
        @ParentCommand
        NewCommand parent;

        @Option(names = "--kind", required = true, paramLabel = "年鉴|文史", descriptionKey = "new.kind")
        String kind;

        @Parameters(index = "0", paramLabel = "TITLE", descriptionKey = "new.title")
        String title;

        @Option(names = {"--year", "--volume"}, required = true, paramLabel = "N", descriptionKey = "new.number")
        int number;

        @Option(names = "--code", paramLabel = "CODE", descriptionKey = "new.code")
        String code;

        @Option(names = "--skeleton", paramLabel = "NAME", descriptionKey = "new.skeleton")
        String skeleton;

        @Option(names = "--copy-from", paramLabel = "PUBLICATION", descriptionKey = "new.copyFrom")
        String copyFrom;

        @Override
        public Integer call() {
            AnnalistCommand top = parent.top;
            try (AnnalistSession s = top.open()) {
                ArchiveManagement m = s.management();
                Skeleton sk = Skeleton.NONE;
                if (skeleton != null && copyFrom != null) {
                    top.err().println(Msg.get("msg.new.oneSkeleton"));
                    return 2;
                }
                if (skeleton != null) sk = new Skeleton.Named(skeleton);
                if (copyFrom != null) {
                    Long from = resolve(top, s, TrashEntry.Kind.PUBLICATION, copyFrom);
                    if (from == null) return 1;
                    sk = new Skeleton.CopyOf(from);
                }
                Publication p = m.createPublication(new NewPublication(PublicationKind.parse(kind), title, number, null, code, sk));
                int sections = s.queries().publication(String.valueOf(p.id())).map(n -> count(n.sections())).orElse(0);
                top.out().println(Msg.get("msg.new.publication", p.displayName(), p.id(), sections));
                return 0;
            }
        }

        private static int count(java.util.List<org.annalist.service.ArchiveTree.SectionNode> nodes) {
            return nodes.stream().mapToInt(n -> 1 + count(n.children())).sum();
        }
    }

    @Command(name = "section", aliases = "栏目", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
    static final class NewSectionCommand implements Callable<Integer> {
        @ParentCommand
        NewCommand parent;

        @Parameters(index = "0", paramLabel = "TITLE", descriptionKey = "new.title")
        String title;

        @Option(names = "--publication", paramLabel = "PUBLICATION", descriptionKey = "new.publication")
        String publication;

        @Option(names = "--parent", paramLabel = "SECTION", descriptionKey = "new.parent")
        String parentSection;

        @Override
        public Integer call() {
            AnnalistCommand top = parent.top;
            if ((publication == null) == (parentSection == null)) {
                top.err().println(Msg.get("msg.new.sectionWhere"));
                return 2;
            }
            try (AnnalistSession s = top.open()) {
                Section created;
                if (publication != null) {
                    Long pub = resolve(top, s, TrashEntry.Kind.PUBLICATION, publication);
                    if (pub == null) return 1;
                    created = s.management().createSection(pub, null, title);
                } else {
                    Long sec = resolve(top, s, TrashEntry.Kind.SECTION, parentSection);
                    if (sec == null) return 1;
                    created = s.management().createSubsection(sec, title);
                }
                top.out().println(Msg.get("msg.new.section", created.level().label(), created.title(), created.id()));
                return 0;
            }
        }
    }

    @Command(name = "item", aliases = "稿件", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
    static final class NewItemCommand implements Callable<Integer> {
        @ParentCommand
        NewCommand parent;

        @Parameters(index = "0", paramLabel = "TITLE", descriptionKey = "new.title")
        String title;

        @Option(names = "--in", paramLabel = "SECTION", descriptionKey = "new.in")
        String in;

        @Option(names = "--kind", paramLabel = "条目|篇", descriptionKey = "new.itemKind")
        String kind;

        @Override
        public Integer call() {
            AnnalistCommand top = parent.top;
            try (AnnalistSession s = top.open()) {
                Long section = null;
                if (in != null) {
                    section = resolve(top, s, TrashEntry.Kind.SECTION, in);
                    if (section == null) return 1;
                }
                var item = s.management().createItem(section, kind == null ? null : ItemKind.parse(kind), title);
                top.out().println(Msg.get("msg.new.item", item.kind().label(), item.title(), item.id()));
                return 0;
            }
        }
    }

    @Command(name = "rename", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
    static final class RenameCommand implements Callable<Integer> {
        @ParentCommand
        AnnalistCommand top;

        @Parameters(index = "0", paramLabel = "publication|section|item", descriptionKey = "manage.what")
        String what;

        @Parameters(index = "1", paramLabel = "REF", descriptionKey = "manage.ref")
        String ref;

        @Parameters(index = "2", paramLabel = "TITLE", descriptionKey = "rename.title")
        String title;

        @Override
        public Integer call() {
            TrashEntry.Kind k = kind(what);
            if (k == null) {
                top.err().println(Msg.get("msg.manage.what", what));
                return 2;
            }
            try (AnnalistSession s = top.open()) {
                Long id = resolve(top, s, k, ref);
                if (id == null) return 1;
                switch (k) {
                    case PUBLICATION -> s.management().renamePublication(id, title);
                    case SECTION -> s.management().renameSection(id, title);
                    case ITEM -> s.management().renameItem(id, title);
                }
                top.out().println(Msg.get("msg.renamed", ref, title));
                return 0;
            }
        }
    }

    @Command(name = "delete", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
    static final class DeleteCommand implements Callable<Integer> {
        @ParentCommand
        AnnalistCommand top;

        @Parameters(index = "0", paramLabel = "publication|section|item", descriptionKey = "manage.what")
        String what;

        @Parameters(index = "1", paramLabel = "REF", descriptionKey = "manage.ref")
        String ref;

        @Option(names = "--permanent", descriptionKey = "delete.permanent")
        boolean permanent;

        @Option(names = "--yes", descriptionKey = "delete.yes")
        boolean yes;

        @Override
        public Integer call() {
            TrashEntry.Kind k = kind(what);
            if (k == null) {
                top.err().println(Msg.get("msg.manage.what", what));
                return 2;
            }
            if (permanent && !yes) {
                top.err().println(Msg.get("msg.delete.confirm"));
                return 2;
            }
            try (AnnalistSession s = top.open()) {
                Long id = resolve(top, s, k, ref);
                if (id == null) return 1;
                TrashEntry e = permanent ? s.management().deletePermanently(k, id) : s.management().moveToTrash(k, id);
                top.out().println(Msg.get(permanent ? "msg.delete.permanent" : "msg.delete.trashed", e.label(), e.sections(),
                        e.items(), e.id()));
                return 0;
            }
        }
    }

    @Command(name = "restore", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
    static final class RestoreCommand implements Callable<Integer> {
        @ParentCommand
        AnnalistCommand top;

        @Parameters(index = "0", paramLabel = "N", descriptionKey = "restore.number")
        long number;

        @Override
        public Integer call() {
            try (AnnalistSession s = top.open()) {
                TrashEntry e = s.management().restore(number);
                top.out().println(Msg.get("msg.restored", e.label(), e.sections(), e.items()));
                return 0;
            }
        }
    }

    @Command(name = "trash", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
    static final class TrashCommand implements Callable<Integer> {
        @ParentCommand
        AnnalistCommand top;

        @Option(names = "--purge", paramLabel = "N", descriptionKey = "trash.purge")
        Long purge;

        @Option(names = "--yes", descriptionKey = "delete.yes")
        boolean yes;

        @Override
        public Integer call() {
            try (AnnalistSession s = top.open()) {
                ArchiveManagement m = s.management();
                if (purge != null) {
                    if (!yes) {
                        m.trashEntry(purge).ifPresent(e -> top.err().println(describe(e)));
                        top.err().println(Msg.get("msg.delete.confirm"));
                        return 2;
                    }
                    TrashEntry e = m.deletePermanently(purge);
                    top.out().println(Msg.get("msg.delete.permanent", e.label(), e.sections(), e.items(), e.id()));
                    return 0;
                }
                var entries = m.trash();
                if (entries.isEmpty()) top.out().println(Msg.get("msg.trash.empty"));
                for (TrashEntry e : entries) top.out().println(describe(e));
                return 0;
            }
        }
    }
}
