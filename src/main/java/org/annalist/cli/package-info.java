/**
 * The {@code annalist} command line (picocli): init, demo, import, list, show, export-md. Texts come from
 * the resource bundle {@code org.annalist.cli.messages}, Chinese by default.
 */
package org.annalist.cli;
