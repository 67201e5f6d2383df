package org.annalist.export.pdf;

import org.annalist.export.SkippedCharacters;

import java.nio.file.Path;

/** What an export produced: the file, its page count and the characters the fonts could not draw. */
public record PdfReport(Path file, int pages, SkippedCharacters skipped) {
}
