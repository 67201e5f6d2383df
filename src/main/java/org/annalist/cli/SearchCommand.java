package org.annalist.cli;

import org.annalist.model.SearchResults;
import org.annalist.service.AnnalistSession;
import org.annalist.service.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** 档案检索: {@code annalist search 张自忠 时期:1937-1945 [--pub 乌当年鉴] [--sort date] [--facets]}, or {@code --rebuild}. */
@Command(name = "search", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    AnnalistCommand top;

    @Parameters(paramLabel = "QUERY", arity = "0..*", descriptionKey = "search.query")
    List<String> query;

    @Option(names = "--pub", paramLabel = "PUBLICATION", descriptionKey = "search.pub")
    String publication;

    @Option(names = "--sort", paramLabel = "relevance|date", descriptionKey = "search.sort")
    String sort;

    @Option(names = "--facets", descriptionKey = "search.facets")
    boolean facets;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", descriptionKey = "search.limit")
    int limit = 20;

    @Option(names = "--rebuild", descriptionKey = "search.rebuild")
    boolean rebuild;

    @Override
    public Integer call() {
        boolean byDate = sort != null && sort.strip().equalsIgnoreCase("date");
        if (sort != null && !byDate && !sort.strip().equalsIgnoreCase("relevance")) {
            top.err().println(Msg.get("msg.search.badSort", sort));
            return 2;
        }
        try (AnnalistSession s = top.open()) {
            SearchService search = s.search();
            if (rebuild) {
                long t0 = System.nanoTime();
                var r = search.rebuild();
                top.out().println(Msg.get("msg.search.rebuilt", String.valueOf(r.indexed()), search.folder().toString(),
                        String.valueOf((System.nanoTime() - t0) / 1_000_000)));
                if (query == null || query.isEmpty()) return 0;
            } else {
                search.awaitInStep();
                if (search.readOnly()) {
                    // another program (the desktop) writes the index: this one answers from what it last committed
                    int behind = search.behind();
                    top.err().println(behind == 0 ? Msg.get("msg.search.readOnly", search.folder().toString())
                            : Msg.get("msg.search.readOnlyBehind", search.folder().toString(), String.valueOf(behind)));
                }
            }
            if (query == null || query.isEmpty()) {
                top.err().println(Msg.get("msg.search.noQuery"));
                return 2;
            }
            SearchResults r = search.search(String.join(" ", query), publication, byDate, Math.max(1, limit), facets);
            top.out().println(Msg.get("msg.search.total", String.valueOf(r.total()), String.valueOf(r.hits().size()),
                    String.valueOf(r.tookMillis())));
            for (SearchResults.Hit h : r.hits()) {
                String where = h.publication() == null ? Msg.get("msg.search.inbox")
                        : h.publication() + (h.category() == null ? "" : " / " + h.category());
                top.out().println(Msg.get("msg.search.hit", String.valueOf(h.itemId()), h.title(), where, h.status().label(),
                        h.year() == null ? "" : String.valueOf(h.year())));
                top.out().println("    " + h.snippet());
                if (h.offset() >= 0) {
                    String field = h.field() == null ? "body" : h.field();
                    String label = java.util.Set.of("body", "title", "notes", "comments", "meta").contains(field)
                            ? Msg.get("msg.search.field." + field) : field;
                    top.out().println("    " + Msg.get("msg.search.at", label, String.valueOf(h.offset())));
                }
            }
            if (facets) {
                for (Map.Entry<String, List<SearchResults.FacetCount>> e : r.facets().entrySet()) {
                    if (e.getValue().isEmpty()) continue;
                    StringBuilder sb = new StringBuilder();
                    for (SearchResults.FacetCount c : e.getValue()) {
                        if (!sb.isEmpty()) sb.append("，");
                        sb.append(c.value()).append(' ').append(c.count());
                    }
                    top.out().println(Msg.get("msg.search.facet." + e.getKey()) + "：" + sb);
                }
            }
            return 0;
        }
    }
}
