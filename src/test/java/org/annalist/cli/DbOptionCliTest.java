package org.annalist.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.annalist.service.TestFiles;
import org.annalist.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --db postgresql://…}: the archive in a PostgreSQL database, a wrong or unreachable one refused in Chinese. */
class DbOptionCliTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = tmp.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = AnnalistCli.run(all, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void anUnreachableOrMisspelledDatabaseIsRefusedWithoutShowingThePassword() {
        Run down = run("--db", "postgresql://127.0.0.1:1/nianjian?user=wang&password=geheim", "list");
        assertThat(down.code()).isEqualTo(AnnalistCli.EXIT_ARCHIVE_UNAVAILABLE);
        assertThat(down.err()).contains("无法连接 PostgreSQL 档案库", "postgresql://wang@127.0.0.1:1/nianjian")
                .doesNotContain("geheim");
        Run wrong = run("--db", "mysql://127.0.0.1/nianjian", "list");
        assertThat(wrong.code()).isEqualTo(AnnalistCli.EXIT_ARCHIVE_UNAVAILABLE);
        assertThat(wrong.err()).contains("不是 PostgreSQL 档案库的地址");
    }

    @Test
    void theDemoGoesIntoAPostgresqlDatabaseAndIsListedFromIt() {
        if (!TestStores.postgres()) {
            // on H2 the same commands are CliTest's; this run is about PostgreSQL (-Dannalist.test.db=postgresql)
            assertThat(run("list").code()).isZero();
            return;
        }
        String db = TestStores.freshDatabase();
        Run demo = run("--db", db, "demo", "--from", TestFiles.archiveDir().toString());
        assertThat(demo.code()).as(demo.err()).isZero();
        Run list = run("--db", db, "list");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("《示范年鉴》2022");
        // nothing went into the H2 file of the data folder
        assertThat(tmp.resolve("data").resolve("annalist.mv.db")).doesNotExist();
    }
}
