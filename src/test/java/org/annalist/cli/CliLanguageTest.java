package org.annalist.cli;

import org.annalist.i18n.Texts;
import org.annalist.service.TestFiles;
import org.annalist.store.LockHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --lang en} gives English end to end on the command's error paths: an empty file, a damaged .docx, a missing
 * and a broken template, an archive held by another process. Every name here is ASCII, so any Han character in what
 * the command prints is a message left in Chinese. The same paths without {@code --lang} stay Chinese.
 */
@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CliLanguageTest {

    @TempDir
    Path tmp;

    private Process holder;

    record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private Run run(Path data, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = AnnalistCli.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Run run(String... args) {
        return run(tmp.resolve("data"), args);
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static String firstHan(String s) {
        return s.lines().filter(CliLanguageTest::hasHan).findFirst().orElse("");
    }

    private static void assertEnglish(Run r) {
        assertThat(hasHan(r.all())).as("a line in Chinese: %s%n--- all output:%n%s", firstHan(r.all()), r.all()).isFalse();
    }

    private Path emptyFile() throws Exception {
        Path p = tmp.resolve("empty.txt");
        Files.write(p, new byte[0]);
        return p;
    }

    /** A zip that looks like a .docx (content types, a document part) whose document is garbage. */
    private Path damagedDocx() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(new byte[]{0x00, 0x13, 0x37, (byte) 0xff, 0x42, 0x00, 0x7f, 0x3c, 0x3c, 0x3e});
        }
        Path p = tmp.resolve("broken.docx");
        Files.write(p, bytes.toByteArray());
        return p;
    }

    /** A .docx cut short: a zip's first bytes and nothing after. */
    private Path truncatedDocx() throws Exception {
        Path p = tmp.resolve("truncated.docx");
        Files.write(p, new byte[]{0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0});
        return p;
    }

    private Path book() throws Exception {
        Path md = tmp.resolve("book.md");
        Files.writeString(md, "% Book\n\n# Part\n\nSome text.\n", StandardCharsets.UTF_8);
        return md;
    }

    /**
     * The program's own 16开 template with two mistakes: a field it does not know and a column count that is not a
     * number. (A template's vocabulary is Chinese, 正文 and 类目 and 小五, so a template missing whole parts would be
     * answered with lists of those names: the editor's own words, not messages.)
     */
    private Path badTemplate() throws Exception {
        String good = Files.readString(TestFiles.projectDir().resolve("templates").resolve("nianjian-16k.yaml"), StandardCharsets.UTF_8);
        assertThat(good).contains("  columns: 2\n");
        Path t = tmp.resolve("bad.yaml");
        Files.writeString(t, good.replace("  columns: 2\n", "  columns: many\n") + "surprise: 1\n", StandardCharsets.UTF_8);
        return t;
    }

    @Test
    void importOfAnEmptyFileInEnglish() throws Exception {
        Run r = run("--lang", "en", "import", emptyFile().toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("empty.txt").contains("empty");
        assertEnglish(r);
    }

    @Test
    void importOfDamagedWordFilesInEnglish() throws Exception {
        Run r = run("--lang", "en", "import", damagedDocx().toString(), truncatedDocx().toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("broken.docx").contains("truncated.docx").contains("Cannot import");
        assertThat(r.out()).contains("2 files: 0 ok, 2 failed");
        assertEnglish(r);
    }

    @Test
    void anImportAndItsReportInEnglish() throws Exception {
        Path text = tmp.resolve("notes.txt");
        Files.writeString(text, "Annual Report\n\nThe first paragraph.\u00a0With a no-break space.\n\nThe second paragraph.\n",
                StandardCharsets.UTF_8);
        Run r = run("--lang", "en", "import", text.toString(), book().toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Import report").contains("[format] encoding: ASCII").contains("Inbox");
        assertEnglish(r);
    }

    @Test
    void typesetWithAMissingOrBrokenTemplateInEnglish() throws Exception {
        Path pdf = tmp.resolve("out.pdf");
        Run missing = run("--lang", "en", "typeset", book().toString(), "-t", "no-such-template", "-o", pdf.toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no-such-template");
        assertEnglish(missing);

        Run broken = run("--lang", "en", "typeset", book().toString(), "-t", badTemplate().toString(), "-o", pdf.toString());
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.err()).contains("bad.yaml").contains("line").contains("surprise").contains("many");
        assertEnglish(broken);
    }

    @Test
    void anArchiveLockedByAnotherProcessInEnglish() throws Exception {
        Path data = holdArchive();
        Run r = run(data, "--lang", "en", "list");
        assertThat(r.code()).isEqualTo(AnnalistCli.EXIT_ARCHIVE_UNAVAILABLE);
        assertThat(r.err()).contains(data.resolve("annalist.mv.db").toString()).contains("in use by another program")
                .contains("--shared");
        assertEnglish(r);

        Run zh = run(data, "list");
        assertThat(zh.code()).isEqualTo(AnnalistCli.EXIT_ARCHIVE_UNAVAILABLE);
        assertThat(zh.err()).contains("正被另一个程序使用").contains(data.resolve("annalist.mv.db").toString());
    }

    /**
     * Every run of Han characters in {@code output} is the editor's own text, found in one of the Word files (their
     * XML parts as they are), or a revision note (kept in Chinese on purpose: it is the archive's record).
     */
    private static void assertEnglishBesidesTheUsersText(String what, String output, java.util.List<byte[]> inputs) throws Exception {
        StringBuilder own = new StringBuilder();
        for (byte[] docx : inputs) {
            try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (e.getName().endsWith(".xml")) { // the text of the runs, without the markup between them
                        String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                        own.append(xml.replaceAll("<[^>]*>", "")).append('\n').append(xml).append('\n'); // and the authors' names
                    }
                }
            }
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{IsHan}+").matcher(output);
        while (m.find()) {
            if (m.group().equals("导入自")) continue; // the revision note "导入自 file.docx"
            String line = output.substring(output.lastIndexOf('\n', m.start()) + 1, Math.max(m.end(), output.indexOf('\n', m.end())));
            assertThat(own.indexOf(m.group()) >= 0).as("%s: Chinese that is not the editor's text, in: %s%n--- all output:%n%s",
                    what, line, output).isTrue();
        }
    }

    @Test
    void listShowReviewAndAWordImportWithCommentsAndPicturesInEnglish() throws Exception {
        byte[] illustrated = org.annalist.importer.docx.WordFixtures.illustrated();
        byte[] commented = org.annalist.importer.docx.WordFixtures.commented();
        byte[] revised = org.annalist.importer.docx.WordFixtures.revised();
        java.util.List<byte[]> inputs = java.util.List.of(illustrated, commented, revised);
        Path a = tmp.resolve("illustrated.docx"), b = tmp.resolve("commented.docx"), c = tmp.resolve("revised.docx");
        Files.write(a, illustrated);
        Files.write(b, commented);
        Files.write(c, revised);

        Run imp = run("--lang", "en", "import", a.toString(), b.toString(), c.toString());
        assertThat(imp.code()).as(imp.all()).isZero();
        assertThat(imp.out()).contains("Picture “image1.png” has no caption").contains("Comments: 1 comment(s), 1 resolved")
                .contains("(1 of them replies)").contains("1 insertion(s), 2 deletion(s), 1 move(s)");
        assertEnglishBesidesTheUsersText("import", imp.all(), inputs);

        Run list = run("--lang", "en", "list");
        assertThat(list.code()).as(list.all()).isZero();
        assertThat(list.out()).contains("Inbox (3)").contains("“Harbour Works”").contains("| received |");
        assertEnglishBesidesTheUsersText("list", list.all(), inputs);

        java.util.regex.Matcher ids = java.util.regex.Pattern.compile("#(\\d+) ").matcher(list.out());
        int shown = 0;
        while (ids.find()) {
            String id = ids.group(1);
            Run show = run("--lang", "en", "show", id);
            assertThat(show.code()).as(show.all()).isZero();
            assertThat(show.out()).contains("Status: received").contains("Location: Inbox").contains("Revisions");
            assertEnglishBesidesTheUsersText("show " + id, show.all(), inputs);
            Run review = run("--lang", "en", "review", id);
            assertThat(review.code()).as(review.all()).isZero();
            assertEnglishBesidesTheUsersText("review " + id, review.all(), inputs);
            if (review.out().contains("pending suggestions:")) {
                assertThat(review.out()).contains("insertion").contains("moved to");
                assertThat(show.out()).contains("Pending suggestions").contains("insertion(s)");
            }
            shown++;
        }
        assertThat(shown).isEqualTo(3);
        Run zh = run("list");
        assertThat(zh.out()).contains("收稿箱（3）").contains("篇《Harbour Works》").contains("｜收稿｜");
    }

    @Test
    void theSamePathsStayChineseByDefault() throws Exception {
        Run empty = run("import", emptyFile().toString());
        assertThat(empty.err()).contains("无法导入“" + tmp.resolve("empty.txt") + "”：文件是空的（0 字节）");
        Run docx = run("import", damagedDocx().toString(), truncatedDocx().toString());
        assertThat(docx.err()).contains("Word 文件已损坏").contains("无法识别的文件格式");
        assertThat(docx.out()).contains("成功 0，失败 2");
        Path pdf = tmp.resolve("out.pdf");
        Run missing = run("typeset", book().toString(), "-t", "no-such-template", "-o", pdf.toString());
        assertThat(missing.err()).contains("找不到版式模板 no-such-template");
        Run broken = run("typeset", book().toString(), "-t", badTemplate().toString(), "-o", pdf.toString());
        assertThat(broken.err()).contains("第").contains("未知字段").contains("应当是正整数");
    }

    @Test
    void theLanguageOfOneRunDoesNotOutliveIt() throws Exception {
        Locale before = Texts.locale();
        run("--lang", "en", "import", emptyFile().toString());
        assertThat(Texts.locale()).isEqualTo(before);
    }

    /** Starts a second JVM that holds the archive open exclusively until {@link #release()}. */
    private Path holdArchive() throws Exception {
        Path data = tmp.resolve("held");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        holder = new ProcessBuilder(java.toString(), "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), data.toAbsolutePath().toString(), "exclusive")
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"READY".equals(line)) {
            holder.destroyForcibly();
            throw new AssertionError("the second process did not open the archive: " + line);
        }
        return data.toAbsolutePath();
    }

    @AfterEach
    void release() throws Exception {
        if (holder == null) return;
        holder.getOutputStream().close();
        if (!holder.waitFor(30, TimeUnit.SECONDS)) holder.destroyForcibly().waitFor();
    }
}
