package org.annalist.typeset.flow;

import org.annalist.typeset.frame.Frame;

import java.util.List;

/**
 * One line to place: its frame (width = the measure, height = {@code gridSteps} line pitches, with its own
 * baseline), the marks it carries, and the lines of the footnotes whose marks it holds: they go to the foot
 * of the column this line lands in.
 */
public record Line(Frame frame, int gridSteps, List<Mark> marks, List<Line> notes) {
    public Line {
        if (gridSteps < 1) throw new IllegalArgumentException("gridSteps " + gridSteps);
        marks = List.copyOf(marks);
        notes = List.copyOf(notes);
    }

    public Line(Frame frame, int gridSteps, List<Mark> marks) {
        this(frame, gridSteps, marks, List.of());
    }

    /** Height of this line's notes in points. */
    public double notesHeight() {
        double h = 0;
        for (Line n : notes) h += n.frame().height();
        return h;
    }

    public static Line of(Frame frame) {
        return new Line(frame, 1, List.of());
    }
}
