/**
 * Importers: one {@link org.annalist.importer.Importer} per format recognises the bytes of a manuscript
 * and turns them into document trees plus an {@link org.annalist.model.ImportReport}. Importers never
 * write to the store; the service does, in one transaction per file.
 */
package org.annalist.importer;
