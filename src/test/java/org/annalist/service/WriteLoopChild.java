package org.annalist.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Child JVM of {@link CrashSafetyTest}: writes one kind of file to the same target again and again until it is
 * killed, printing {@code WROTE <n>} after each. Args: mode (backup, pdf, docx), data folder, target.
 */
public final class WriteLoopChild {
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path data = Path.of(args[1]);
        Path target = Path.of(args[2]);
        StringBuilder md = new StringBuilder("% 崩溃测试\n\n# 概况\n\n");
        for (int i = 0; i < 120; i++) md.append("第").append(i).append("段：全县经济稳步增长，新增市场主体一千二百户。\n\n");
        try (AnnalistSession s = AnnalistSession.open(data, false, "编辑甲")) {
            for (int i = 0; i < 30; i++) {
                s.imports().importBytes("稿" + i + ".txt", ("第" + i + "篇\n\n" + md).getBytes(StandardCharsets.UTF_8), null);
            }
            Path mdFile = data.resolve("book.md");
            Files.writeString(mdFile, md.toString());
            System.out.println("READY");
            System.out.flush();
            for (int n = 1; ; n++) {
                switch (mode) {
                    case "backup" -> s.backups().write(target, "manual");
                    case "pdf" -> TypesetService.markdown(md.toString(), "崩溃测试", target,
                            new TypesetService.Options("wenshi-16k", false, false, false, null, data.resolve("cache")),
                            (p, d, t) -> {
                            });
                    case "docx" -> DocxService.markdownFile(mdFile, target, "wenshi-16k");
                    default -> throw new IllegalArgumentException(mode);
                }
                System.out.println("WROTE " + n);
                System.out.flush();
            }
        }
    }
}
