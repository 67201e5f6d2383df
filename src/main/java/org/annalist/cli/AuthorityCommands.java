package org.annalist.cli;

import org.annalist.model.Person;
import org.annalist.model.Place;
import org.annalist.service.AnnalistSession;
import org.annalist.service.AuthorityService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * 人物与地名: {@code annalist persons [list [FILTER]|show NAME|add NAME [--alias …] [--zi …] [--hao …]|merge KEEP GONE|offer [PUB]]}
 * and {@code annalist places …} likewise. A name may be given as {@code #id} where namesakes share it.
 */
final class AuthorityCommands {
    private AuthorityCommands() {
    }

    abstract static class Base implements Callable<Integer> {
        @ParentCommand
        AnnalistCommand top;

        @Parameters(index = "0", arity = "0..1", paramLabel = "list|show|add|merge|offer|confirm", descriptionKey = "authority.action")
        String action;

        @Parameters(index = "1..*", arity = "0..*", paramLabel = "NAME", descriptionKey = "authority.names")
        List<String> names = new ArrayList<>();

        @Option(names = "--sort-key", paramLabel = "PINYIN", descriptionKey = "authority.sortKey")
        String sortKey;

        @Option(names = "--note", descriptionKey = "authority.note")
        String note;

        @Override
        public Integer call() {
            String a = action == null ? "list" : action.strip();
            try (AnnalistSession s = top.open()) {
                AuthorityService service = s.authority();
                switch (a) {
                    case "list":
                        list(service, names.isEmpty() ? null : String.join(" ", names));
                        return 0;
                    case "show":
                        if (names.size() != 1) return usage();
                        return show(service, names.get(0));
                    case "add":
                        if (names.size() != 1) return usage();
                        return add(service, names.get(0));
                    case "merge":
                        if (names.size() != 2) return usage();
                        return merge(service, names.get(0), names.get(1));
                    case "confirm": {
                        if (names.size() != 1) return usage();
                        Long id = entryId(service, names.get(0));
                        if (id == null) return 1;
                        int n = service.confirmEverywhere(kind(), id);
                        top.out().println(Msg.get("msg.authority.confirmed", names.get(0), String.valueOf(n)));
                        return 0;
                    }
                    case "offer": {
                        Long pub = null;
                        if (!names.isEmpty()) {
                            String ref = String.join(" ", names);
                            var node = s.queries().publication(ref);
                            if (node.isEmpty()) {
                                top.err().println(Msg.get("msg.authority.noPublication", ref));
                                return 1;
                            }
                            pub = node.get().publication().id();
                        }
                        long t0 = System.nanoTime();
                        int n = service.offerAll(pub);
                        top.out().println(Msg.get("msg.authority.offered", String.valueOf(n),
                                String.valueOf((System.nanoTime() - t0) / 1_000_000)));
                        return 0;
                    }
                    default:
                        return usage();
                }
            }
        }

        int usage() {
            top.err().println(Msg.get("msg.authority.usage", action == null ? "" : action));
            return 2;
        }

        abstract void list(AuthorityService service, String filter);

        abstract org.annalist.model.Mention.Kind kind();

        /** The id of the one entry the name names; null after a message. */
        abstract Long entryId(AuthorityService service, String name);

        abstract int show(AuthorityService service, String name);

        abstract int add(AuthorityService service, String name);

        abstract int merge(AuthorityService service, String keep, String gone);

        void printPage(AuthorityService.Page page) {
            if (page.rows().isEmpty()) top.out().println("  " + Msg.get("msg.authority.noItems"));
            for (AuthorityService.PageRow r : page.rows()) {
                String where = r.publication().isEmpty() ? Msg.get("msg.search.inbox")
                        : r.publication() + (r.category().isEmpty() ? "" : " / " + r.category());
                top.out().println(Msg.get("msg.authority.row", String.valueOf(r.itemId()), r.title(), where,
                        String.valueOf(r.count()), r.credited() ? Msg.get("msg.authority.credited") : ""));
                if (!r.snippet().isEmpty()) top.out().println("    " + r.snippet());
            }
        }

        /** The one entry a name (or #id) names; null (and a message naming the name) when none or several. */
        /**
         * The one entry {@code name} (a name or {@code #id}) means: the only one found, or among several found by their
         * names the only one whose own name it is; else null with the reason on stderr.
         */
        <T> T one(List<T> found, String name, java.util.function.Function<T, String> nameOf, String kindKey) {
            if (found.size() == 1) return found.get(0);
            if (found.size() > 1 && idOf(name) == null) {
                List<T> exact = found.stream().filter(e -> nameOf.apply(e).equals(name.strip())).toList();
                if (exact.size() == 1) return exact.get(0);
            }
            top.err().println(Msg.get(found.isEmpty() ? "msg.authority.notFound" : "msg.authority.ambiguous",
                    Msg.get(kindKey), name, String.valueOf(found.size())));
            return null;
        }

        static Long idOf(String name) {
            String n = name.strip();
            if (n.startsWith("#")) {
                try {
                    return Long.parseLong(n.substring(1));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            return null;
        }
    }

    /** {@code annalist persons …} */
    @Command(name = "persons", aliases = "人物", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
    static final class PersonsCommand extends Base {
        @Option(names = "--alias", paramLabel = "NAME", descriptionKey = "authority.alias")
        List<String> aliases = new ArrayList<>();

        @Option(names = "--zi", descriptionKey = "authority.zi")
        String zi;

        @Option(names = "--hao", descriptionKey = "authority.hao")
        String hao;

        @Option(names = "--born", descriptionKey = "authority.born")
        String born;

        @Option(names = "--died", descriptionKey = "authority.died")
        String died;

        @Override
        void list(AuthorityService service, String filter) {
            List<Person> all = service.persons(filter);
            for (Person p : all) top.out().println(line(p));
            top.out().println(Msg.get("msg.authority.persons", String.valueOf(all.size())));
        }

        private static String line(Person p) {
            StringBuilder sb = new StringBuilder("#").append(p.id()).append(' ').append(p.name());
            if (p.zi() != null) sb.append("　").append(Msg.get("msg.authority.zi", p.zi()));
            if (p.hao() != null) sb.append("　").append(Msg.get("msg.authority.hao", p.hao()));
            if (!p.lifeDates().isEmpty()) sb.append("（").append(p.lifeDates()).append("）");
            if (!p.aliases().isEmpty()) sb.append("　").append(Msg.get("msg.authority.aliases", String.join("、", p.aliases())));
            sb.append("　［").append(AuthorityService.sortKeyOf(p)).append("］");
            return sb.toString();
        }

        private Person find(AuthorityService service, String name) {
            Long id = idOf(name);
            List<Person> found = id != null ? service.person(id).map(List::of).orElse(List.of()) : service.findPersons(name);
            return one(found, name, Person::name, "msg.authority.person");
        }

        @Override
        org.annalist.model.Mention.Kind kind() {
            return org.annalist.model.Mention.Kind.PERSON;
        }

        @Override
        Long entryId(AuthorityService service, String name) {
            Person p = find(service, name);
            return p == null ? null : p.id();
        }

        @Override
        int show(AuthorityService service, String name) {
            Person p = find(service, name);
            if (p == null) return 1;
            top.out().println(line(p));
            if (p.note() != null) top.out().println("  " + p.note());
            printPage(service.personPage(p.id()));
            return 0;
        }

        @Override
        int add(AuthorityService service, String name) {
            Person p = service.savePerson(new Person(0, name, aliases, sortKey, zi, hao, born, died, note,
                    sortKey != null && !sortKey.isBlank()));
            top.out().println(Msg.get("msg.authority.added", line(p)));
            return 0;
        }

        @Override
        int merge(AuthorityService service, String keep, String gone) {
            Person k = find(service, keep);
            if (k == null) return 1;
            Person g = find(service, gone);
            if (g == null) return 1;
            Person m = service.mergePersons(k.id(), g.id());
            top.out().println(Msg.get("msg.authority.merged", g.name(), line(m)));
            return 0;
        }
    }

    /** {@code annalist places …} */
    @Command(name = "places", aliases = "地名", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
    static final class PlacesCommand extends Base {
        @Option(names = "--variant", paramLabel = "NAME", descriptionKey = "authority.variant")
        List<String> variants = new ArrayList<>();

        @Option(names = "--old", paramLabel = "NAME", descriptionKey = "authority.old")
        List<String> oldNames = new ArrayList<>();

        @Option(names = "--kind", paramLabel = "县|区|镇|村…", descriptionKey = "authority.kind")
        String kind;

        @Option(names = "--in", paramLabel = "PLACE", descriptionKey = "authority.in")
        String in;

        @Override
        void list(AuthorityService service, String filter) {
            List<Place> all = service.places(filter);
            for (Place p : all) top.out().println(line(service, p));
            top.out().println(Msg.get("msg.authority.places", String.valueOf(all.size())));
        }

        private static String line(AuthorityService service, Place p) {
            StringBuilder sb = new StringBuilder("#").append(p.id()).append(' ').append(p.name());
            if (p.kind() != null) sb.append("（").append(p.kind()).append("）");
            if (p.parentId() != null) {
                service.place(p.parentId()).ifPresent(up -> sb.append("　").append(Msg.get("msg.authority.in", up.name())));
            }
            if (!p.variants().isEmpty()) sb.append("　").append(Msg.get("msg.authority.aliases", String.join("、", p.variants())));
            if (!p.oldNames().isEmpty()) sb.append("　").append(Msg.get("msg.authority.oldNames", String.join("、", p.oldNames())));
            sb.append("　［").append(AuthorityService.sortKeyOf(p)).append("］");
            return sb.toString();
        }

        private Place find(AuthorityService service, String name) {
            Long id = idOf(name);
            List<Place> found = id != null ? service.place(id).map(List::of).orElse(List.of()) : service.findPlaces(name);
            return one(found, name, Place::name, "msg.authority.place");
        }

        @Override
        org.annalist.model.Mention.Kind kind() {
            return org.annalist.model.Mention.Kind.PLACE;
        }

        @Override
        Long entryId(AuthorityService service, String name) {
            Place p = find(service, name);
            return p == null ? null : p.id();
        }

        @Override
        int show(AuthorityService service, String name) {
            Place p = find(service, name);
            if (p == null) return 1;
            top.out().println(line(service, p));
            if (p.note() != null) top.out().println("  " + p.note());
            printPage(service.placePage(p.id()));
            return 0;
        }

        @Override
        int add(AuthorityService service, String name) {
            Long parent = null;
            if (in != null) {
                Place up = find(service, in);
                if (up == null) return 1;
                parent = up.id();
            }
            Place p = service.savePlace(new Place(0, name, variants, oldNames, kind, parent, sortKey,
                    sortKey != null && !sortKey.isBlank(), note));
            top.out().println(Msg.get("msg.authority.added", line(service, p)));
            return 0;
        }

        @Override
        int merge(AuthorityService service, String keep, String gone) {
            Place k = find(service, keep);
            if (k == null) return 1;
            Place g = find(service, gone);
            if (g == null) return 1;
            Place m = service.mergePlaces(k.id(), g.id());
            top.out().println(Msg.get("msg.authority.merged", g.name(), line(service, m)));
            return 0;
        }
    }
}
