/**
 * Exporters. PDF and PNG are walks over the typesetter's frames (so print, preview and reference
 * images agree); what they share—bookkeeping of characters they had to skip—lives here.
 */
package org.annalist.export;
