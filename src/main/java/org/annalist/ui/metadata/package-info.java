/** The side panel with an item's metadata (供稿单位, people and roles, 时期, 地点, tags), checked before it is saved. */
package org.annalist.ui.metadata;
