package org.annalist.importer.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.annalist.model.Credit;
import org.annalist.model.ImportReport;

/**
 * The text importer's head and numbering rules for other importers (Word): paragraphs that only look like a
 * title, byline or numbered heading are recognised by the same rules whatever the file format, so an editor
 * gets the same result from a .txt and a .docx of the same manuscript.
 */
public final class TextHeads {

    /** The head found at the top: title may be empty; subtitle and date may be null; body starts at {@code bodyStart}. */
    public record Head(String title, String subtitle, List<Credit> credits, LocalDate date, int bodyStart) {
        public Head {
            credits = List.copyOf(credits);
        }
    }

    private TextHeads() {
    }

    /** Detects title, subtitle and byline at the top of {@code paragraphs} (report lines are paragraph numbers). */
    public static Head detect(List<String> paragraphs, ImportReport report) {
        List<Line> lines = new ArrayList<>();
        // no-break spaces are spaces, as TextLines makes them for text (a byline copied from a web page has them)
        for (int i = 0; i < paragraphs.size(); i++) {
            lines.add(new Line(i + 1, paragraphs.get(i).replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ')));
        }
        HeadDetector.Head h = HeadDetector.detect(lines, false, report);
        return new Head(h.title(), h.subtitle(), h.credits(), h.date(), h.bodyStart());
    }

    /** Whether the text can be a title (short, not a sentence, not numbered, not a byline). */
    public static boolean isTitleLike(String s) {
        return HeadDetector.isTitleLike(strip(s));
    }

    /** Whether a short numbered or unnumbered line reads like a heading rather than a sentence. */
    public static boolean isHeadingText(String s) {
        return Outline.isHeadingText(strip(s));
    }

    /** Strips ASCII, full-width (U+3000) and no-break spaces at both ends. */
    public static String strip(String s) {
        return TextLines.strip(s);
    }
}
