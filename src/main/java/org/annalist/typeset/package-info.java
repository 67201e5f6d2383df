/**
 * The layout engine: fonts, styled runs, lines (inline), columns and floats (flow), pages, and the frames
 * every exporter walks. It never touches the store, the importers, the exporters or the UI.
 */
package org.annalist.typeset;
