package org.annalist.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A third party's layout of our .docx: LibreOffice converts it to PDF ({@code soffice --headless --convert-to pdf},
 * a profile of its own in the work folder), read back page by page with poppler's {@code pdftotext -layout}.
 */
public final class LibreOffice {
    private LibreOffice() {
    }

    /** {@code docx} laid out by LibreOffice: the PDF in {@code work}/lo (fails the test when none is made). */
    public static Path toPdf(Path docx, Path work) throws Exception {
        String soffice = Tools.require("soffice", "libreoffice-writer");
        Path out = work.resolve("lo");
        Files.createDirectories(out);
        Process p = new ProcessBuilder(soffice, "-env:UserInstallation=file://" + work.toAbsolutePath().resolve("lo-profile"),
                "--headless", "--convert-to", "pdf", "--outdir", out.toString(), docx.toString()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish converting " + docx + " in 180 s");
        }
        String name = docx.getFileName().toString().replaceFirst("\\.docx$", "") + ".pdf";
        Path pdf = out.resolve(name);
        if (!Files.isRegularFile(pdf)) throw new AssertionError("LibreOffice made no PDF of " + docx + ":\n" + said);
        return pdf;
    }

    /**
     * The PDF's pages as {@code pdftotext -layout} gives them (split at form feeds; the last piece may be empty);
     * {@code crop}: pdftotext's options choosing a part of each page (-x -y -W -H).
     */
    public static List<String> pages(Path pdf, String... crop) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Tools.require("pdftotext", "poppler-utils"), "-layout"));
        command.addAll(Arrays.asList(crop));
        command.addAll(List.of(pdf.toString(), "-"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) throw new AssertionError("pdftotext did not finish on " + pdf);
        return Arrays.asList(text.split("\f"));
    }

    /** Text without white space (ASCII and ideographic), for comparing what pdftotext spaced out. */
    public static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000]", "");
    }

    /** A page's first line with text, squeezed (its running head, or its heading on an opening). */
    public static String firstLine(String page) {
        return page.lines().map(LibreOffice::squeeze).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }
}
