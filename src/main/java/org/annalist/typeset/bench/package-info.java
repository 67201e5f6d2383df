/**
 * On-demand benchmarks of the typesetting engine (run from the command line, never as timed unit tests). Kept
 * apart from inline and style so that neither depends on the other's caller.
 */
package org.annalist.typeset.bench;
