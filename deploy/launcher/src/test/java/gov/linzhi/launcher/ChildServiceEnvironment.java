package gov.linzhi.launcher;

import gov.linzhi.platform.mariadb.EmbeddedMariaDb;

import java.util.HashMap;
import java.util.Map;

/** The environment the launcher tests give a packaged service they run: their own database and keys. */
final class ChildServiceEnvironment {

    private ChildServiceEnvironment() {
    }

    /** Database and token verification, as ./run.sh sets them; a mutable map, for the service's own settings. */
    static Map<String, String> of(EmbeddedMariaDb database, String databaseName, LocalCredentials credentials) {
        return of(database.jdbcUrl(databaseName), credentials);
    }

    /** The same against any MariaDB server (a Galera node), as root without a password. */
    static Map<String, String> of(String jdbcUrl, LocalCredentials credentials) {
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", jdbcUrl);
        env.put("DB_USER", "root");
        env.put("DB_PASSWORD", "");
        env.put("JWT_PUBLIC_KEY_LOCATION", "file:" + credentials.publicKey());
        env.put("JWT_ISSUER", LauncherConfig.ISSUER);
        return env;
    }
}
