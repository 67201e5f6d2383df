package org.annalist.cli;

import org.annalist.service.AnnalistSession;
import org.annalist.service.DocxService;
import org.annalist.service.TypesetService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "typeset", resourceBundle = Msg.BUNDLE, mixinStandardHelpOptions = true)
final class TypesetCommand implements Callable<Integer> {
    @ParentCommand
    AnnalistCommand top;

    static final class Input {
        @Parameters(paramLabel = "IN.md", descriptionKey = "typeset.input")
        Path markdown;

        @Option(names = "--publication", paramLabel = "ID", descriptionKey = "typeset.publication")
        String publication;

        @Option(names = "--section", paramLabel = "N", descriptionKey = "typeset.section")
        Long section;

        @Option(names = "--item", paramLabel = "N", descriptionKey = "typeset.item")
        Long item;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = {"-t", "--template"}, paramLabel = "NAME", descriptionKey = "typeset.template")
    String template;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf|OUT.docx", required = true, descriptionKey = "typeset.output")
    Path output;

    @Option(names = "--no-system-fonts", descriptionKey = "typeset.nosystemfonts")
    boolean noSystemFonts;

    @Option(names = "--crop-marks", descriptionKey = "typeset.cropmarks")
    boolean cropMarks;

    @Option(names = "--no-pdfa", descriptionKey = "typeset.nopdfa")
    boolean noPdfA;

    @Option(names = "--no-review", descriptionKey = "typeset.noreview")
    boolean noReview;

    @Option(names = "--png", paramLabel = "DIR", descriptionKey = "typeset.png")
    Path png;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "80", descriptionKey = "typeset.dpi")
    double dpi;

    /**
     * With {@code -Dannalist.trace=true}: where the time goes, for benchmarks — seconds since the JVM started
     * and the process's CPU seconds (both cores) at each phase.
     */
    static void trace(String phase) {
        if (!Boolean.getBoolean("annalist.trace")) return;
        var runtime = java.lang.management.ManagementFactory.getRuntimeMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        System.err.println(String.format(Locale.ROOT, "TRACE %-8s wall %.3f s  cpu %.3f s", phase,
                (System.currentTimeMillis() - runtime.getStartTime()) / 1e3, os.getProcessCpuTime() / 1e9));
    }

    @Override
    public Integer call() throws Exception {
        trace("call");
        if (DocxService.isDocx(output)) return word();
        if (input.item != null) throw DocxService.itemOnlyWord();
        Path data = top.dataDir();
        java.util.function.Function<String, TypesetService.Options> options = template -> new TypesetService.Options(
                template, !noSystemFonts, !noPdfA, cropMarks, data.resolve("fonts"), data.resolve("cache"), png, dpi);
        String[] lastPhase = {""};
        long start = System.nanoTime();
        TypesetService.Progress progress = (phase, done, total) -> {
            if (!phase.equals(lastPhase[0])) {
                top.err().println(Msg.get("msg.typeset.phase", phase, String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9)));
                trace(phase);
                top.err().flush();
                lastPhase[0] = phase;
            }
        };
        TypesetService.Summary s;
        if (input.publication != null) {
            try (AnnalistSession session = top.open()) {
                s = TypesetService.publication(session, input.publication, output, options.apply(templateFor(session)), progress);
            }
        } else if (input.section != null) {
            try (AnnalistSession session = top.open()) {
                s = TypesetService.section(session, input.section, output, options.apply(templateFor(session)), progress);
            }
        } else {
            s = TypesetService.markdownFile(input.markdown, output, options.apply(templateFor(null)), progress);
        }
        trace("end");
        top.out().println(Msg.get("msg.typeset.done", s.pdf(), s.template(), s.pages(), s.frontPages(), s.bodyPages(),
                s.indexPages(), String.format(Locale.ROOT, "%.1f", s.seconds())));
        top.out().println(Msg.get("msg.typeset.quality", s.missingCharacters(), s.overfullLines(), s.warnings().size(), s.indexEntries()));
        if (s.missingCharacters() > 0) top.out().print(s.missingReport());
        int shown = 0;
        for (String w : s.warnings()) {
            if (shown++ == 20) {
                top.out().println(Msg.get("msg.typeset.more", s.warnings().size() - 20));
                break;
            }
            top.out().println("  " + w);
        }
        return 0;
    }

    /**
     * The template: the one given with -t, else the kind's own for what is set — a 文史 辑 (or a 栏目 or item of one)
     * wenshi-16k, a 年鉴 and a Markdown book nianjian-16k; asked of the session that then sets it ({@code session}: null
     * for a Markdown book).
     */
    private String templateFor(AnnalistSession session) {
        if (template != null) return template;
        org.annalist.model.PublicationKind kind = org.annalist.model.PublicationKind.NIANJIAN;
        if (session != null) {
            var q = session.queries();
            Long pubId = null;
            if (input.publication != null) {
                var p = q.publication(input.publication);
                if (p.isPresent()) kind = p.get().publication().kind();
            } else if (input.section != null) {
                pubId = q.section(Long.toString(input.section)).map(org.annalist.model.Section::publicationId).orElse(null);
            } else if (input.item != null) {
                Long sectionId = q.item(input.item).map(d -> d.item().sectionId()).orElse(null);
                if (sectionId != null) pubId = q.section(Long.toString(sectionId)).map(org.annalist.model.Section::publicationId).orElse(null);
            }
            if (pubId != null) {
                var p = q.publication(Long.toString(pubId));
                if (p.isPresent()) kind = p.get().publication().kind();
            }
        }
        return TypesetService.defaultTemplate(kind);
    }

    /** OUT.docx: the same scope and template as Word output (Word lays out the pages itself). */
    private int word() throws Exception {
        DocxService.Summary r;
        // the 目录's and 索引's page numbers come from our own typesetting, with the fonts the PDF would be set with
        Path data = top.dataDir();
        String[] lastPhase = {""};
        TypesetService.Progress progress = (phase, done, total) -> {
            if (!phase.equals(lastPhase[0])) {
                trace(phase);
                lastPhase[0] = phase;
            }
        };
        java.util.function.Function<String, DocxService.Options> options = template -> new DocxService.Options(template,
                !noReview, progress, new TypesetService.Options(template, !noSystemFonts, !noPdfA, cropMarks,
                data.resolve("fonts"), data.resolve("cache")));
        String template;
        if (input.markdown != null) {
            template = templateFor(null);
            r = DocxService.markdownFile(input.markdown, output, options.apply(template));
        } else {
            try (AnnalistSession session = top.open()) {
                template = templateFor(session);
                DocxService.Options o = options.apply(template);
                if (input.publication != null) r = DocxService.publication(session, input.publication, output, o);
                else if (input.section != null) r = DocxService.section(session, input.section, output, o);
                else r = DocxService.item(session, input.item, output, o);
            }
        }
        trace("end");
        top.out().println(Msg.get("msg.typeset.docx", r.file(), template, r.categories(), r.sections(), r.tocEntries(),
                r.footnotes(), r.endnotes(), r.tables(), r.figures(), r.suggestions()));
        top.out().println(Msg.get("msg.typeset.docxReview", r.comments(), r.indexEntries()));
        for (String w : r.warnings()) top.out().println("  " + w);
        return r.warnings().isEmpty() ? 0 : 1;
    }
}
