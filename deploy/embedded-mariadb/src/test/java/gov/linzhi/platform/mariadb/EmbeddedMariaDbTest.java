package gov.linzhi.platform.mariadb;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedMariaDbTest {

    @Test
    void persistentServerKeepsDataAcrossRestartsAndStoresChineseText() throws Exception {
        Path dir = Path.of("target", "persistent-test-" + System.nanoTime());
        int port = EmbeddedMariaDb.freePort();
        try (EmbeddedMariaDb first = EmbeddedMariaDb.persistent(port, dir.resolve("data")).start()) {
            first.createDatabase("gazette");
            try (Connection c = DriverManager.getConnection(first.jdbcUrl("gazette"), "root", "");
                 Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (v VARCHAR(50))");
                st.execute("INSERT INTO t VALUES ('林政办发〔2020〕5号')");
            }
        }
        try (EmbeddedMariaDb second = EmbeddedMariaDb.persistent(port, dir.resolve("data")).start();
             Connection c = DriverManager.getConnection(second.jdbcUrl("gazette"), "root", "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT v FROM t")) {
            assertTrue(rs.next());
            assertEquals("林政办发〔2020〕5号", rs.getString(1));
        }
    }

    @Test
    void persistentDataMayNotLiveUnderTmpBecauseMariaDb4jWipesIt() {
        assertThrows(IllegalArgumentException.class,
                () -> EmbeddedMariaDb.persistent(3306, Path.of(System.getProperty("java.io.tmpdir"), "data")));
    }

    @Test
    void stopIsIdempotentAndRefusesBadDatabaseNames() {
        EmbeddedMariaDb db = EmbeddedMariaDb.ephemeral().start();
        assertThrows(IllegalArgumentException.class, () -> db.createDatabase("x; DROP DATABASE mysql"));
        db.stop();
        db.stop();
        assertFalse(db.isRunning());
    }
}
