/**
 * Use cases on top of the store and the importers: opening the archive, importing files in batches,
 * building the demo archive, listing and exporting. No JavaFX here; the CLI and the desktop program share it.
 */
package org.annalist.service;
