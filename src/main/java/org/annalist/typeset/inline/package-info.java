/**
 * The Chinese paragraph composer: styled runs → justified lines. Pipeline as in Typst: collect (runs → items),
 * prepare (widths, punctuation compression, Han–Latin spacing), break (禁则 + ICU, Knuth–Plass or first fit),
 * finalize (justification into line frames). Front door: {@link org.annalist.typeset.inline.ParagraphComposer}.
 */
package org.annalist.typeset.inline;
