package gov.linzhi.launcher;

import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LauncherConfigTest {

    private final Path home = Path.of("/srv/linzhi");

    @Test
    void defaultsAreTheDocumentedPortsAndAnEmbeddedDatabaseUnderData() {
        LauncherConfig config = LauncherConfig.fromEnvironment(home, Map.of());
        assertTrue(config.embeddedDatabase());
        assertNull(config.externalDbUrl());
        assertEquals(Path.of("/srv/linzhi/data"), config.dataDir());
        assertEquals(8081, config.service("gazette-service").port());
        assertEquals(8082, config.service("tasks-service").port());
        assertEquals(8083, config.service("subsidy-service").port());
        assertEquals(3316, config.embeddedDbPort());
    }

    @Test
    void anExternalServerReplacesTheEmbeddedOne() {
        LauncherConfig config = LauncherConfig.fromEnvironment(home,
                Map.of("LINZHI_DB_SERVER_URL", "jdbc:mariadb://db.internal:3306", "DB_USER", "linzhi", "DB_PASSWORD", "s3cret"));
        assertFalse(config.embeddedDatabase());
        assertEquals("jdbc:mariadb://db.internal:3306/", config.externalDbUrl());
        assertEquals("linzhi", config.dbUser());
    }

    @Test
    void aBadPortIsRefusedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LauncherConfig.fromEnvironment(home, Map.of("TASKS_PORT", "80a")));
        assertTrue(e.getMessage().contains("TASKS_PORT"));
    }

    @Test
    void aPortHeldBySomeoneElseIsReportedAsTaken() throws Exception {
        try (ServerSocket holder = new ServerSocket(0)) {
            int port = holder.getLocalPort();
            assertEquals(Map.of(port, "x"), Ports.taken(Map.of(port, "x")));
        }
    }
}
