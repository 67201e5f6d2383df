package org.annalist.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger installed by V1__archive.sql on the append-only tables (revision, audit_log, import_log):
 * it rejects every UPDATE and DELETE, so that even plain SQL from a console cannot rewrite history.
 */
public final class ImmutableRowTrigger implements Trigger {
    /** SQLSTATE of the rejection, so callers can tell it from other failures. */
    public static final String SQLSTATE = "45000";

    private String table = "?";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("表 " + table + " 只能追加：已有记录不可修改或删除", SQLSTATE);
    }
}
