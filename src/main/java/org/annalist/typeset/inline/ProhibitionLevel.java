package org.annalist.typeset.inline;

/** How strict the 禁则 (line-start/line-end prohibition, clreq 3.1.7) are. */
public enum ProhibitionLevel {
    /** clreq's basic set: closing marks, pause/stop marks, connectors, middle dots never start a line. */
    BASIC,
    /** GB/T 15834 adds the solidus ／ to the marks that never start a line. */
    GB,
    /** Also keeps —— and …… off the start of a line. */
    STRICT
}
