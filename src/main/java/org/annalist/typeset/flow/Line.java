package org.annalist.typeset.flow;

import org.annalist.typeset.frame.Frame;

import java.util.List;

/**
 * One line to place: its frame (width = the measure, height = {@code gridSteps} line pitches, with its own
 * baseline) and the marks it carries.
 */
public record Line(Frame frame, int gridSteps, List<Mark> marks) {
    public Line {
        if (gridSteps < 1) throw new IllegalArgumentException("gridSteps " + gridSteps);
        marks = List.copyOf(marks);
    }

    public static Line of(Frame frame) {
        return new Line(frame, 1, List.of());
    }
}
