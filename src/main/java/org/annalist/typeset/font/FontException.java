package org.annalist.typeset.font;

import java.nio.file.Path;

/** A font file that cannot be used; the message is Chinese and names the file. */
public class FontException extends Exception {
    public FontException(Path file, String problem) {
        super("字体文件“" + file + "”无法使用：" + problem);
    }

    public FontException(Path file, String problem, Throwable cause) {
        super("字体文件“" + file + "”无法使用：" + problem, cause);
    }
}
