/**
 * Flow: lines of composed blocks poured into the columns of pages on the baseline grid, with widow/orphan
 * control (R13), headings kept with their text (R17), spanning 类目 titles at new pages, and balanced
 * columns at a section's end (R18).
 */
package org.annalist.typeset.flow;
