/**
 * Fonts by role (宋/黑/楷/仿, Latin): where each comes from, their metrics (cached), per-character
 * fallback, and the 缺字 report of characters no font of a role can show.
 */
package org.annalist.typeset.font;
