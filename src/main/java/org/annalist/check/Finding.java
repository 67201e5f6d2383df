package org.annalist.check;

import org.annalist.i18n.Localized;

/**
 * One thing the checker found: the rule and its severity (as the publication set it), the item, the characters
 * {@code [start, end)} of the item's Markdown text it is about (what the editor's text holds there is {@code text}),
 * the message, and the suggested replacement of those characters ({@code null}: the editor must decide, e.g. an
 * unpaired quote). {@code place} names the spot independently of its offset — rule, the text and a few characters
 * around it — so that an ignored finding stays ignored when text elsewhere in the item changes.
 */
public record Finding(Rule rule, Severity severity, long itemId, int start, int end, String text, String replacement,
                      Localized message, String place) {

    public boolean hasFix() {
        return replacement != null;
    }

    /** The message in the language of messages. */
    public String messageText() {
        return message.text();
    }
}
