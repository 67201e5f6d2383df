/** The composition root: wires the implementations together and holds {@code main}. */
package org.annalist.app;
