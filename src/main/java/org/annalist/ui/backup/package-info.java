/** The 备份与恢复 window: the backups of the archive, what each holds and how it differs, 备份 now and 恢复. */
package org.annalist.ui.backup;
