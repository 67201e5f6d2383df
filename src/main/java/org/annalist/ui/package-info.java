/**
 * The desktop program (JavaFX): one View and one ViewModel per feature, the ViewModels testable without a
 * screen; long work goes through {@link org.annalist.ui.UiTaskExecutor}, messages through
 * {@link org.annalist.ui.common.DialogService}. Uses service, model, doc and typeset.frame only.
 */
package org.annalist.ui;
