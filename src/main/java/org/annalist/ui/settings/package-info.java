/** The settings dialog: data folder, fonts folder, default template, user name, language; stored per user. */
package org.annalist.ui.settings;
