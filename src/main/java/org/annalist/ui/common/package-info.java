/**
 * What the window and every feature package share: the window's texts ({@link org.annalist.ui.common.I18n}), the
 * {@link org.annalist.ui.common.DialogService} and its JavaFX dialogs, and the {@link org.annalist.ui.common.Coalescer}
 * for bursts of edits. Its own package so that {@code ui} can use the features and the features these without a cycle.
 */
package org.annalist.ui.common;
