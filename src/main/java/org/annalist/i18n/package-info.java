/**
 * Messages a person reads, as keys with arguments ({@link org.annalist.i18n.Localized}), rendered in the chosen
 * language from {@code messages.properties} (Chinese, the default) and {@code messages_en.properties}. Every layer
 * may use it; it uses java.base only.
 */
package org.annalist.i18n;
