package gov.linzhi.platform.testing.logs;

import gov.linzhi.platform.problem.PersonalData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the log a service wrote during its test suites ({@code %test.quarkus.log.file.path}) and fails the build
 * when a line holds personal data or a value the database echoed: an unmasked resident ID, or MariaDB's "Duplicate
 * entry '…'" (the text of a unique-key violation, which quotes the key's value: an idempotency key, a person). The
 * suites submit hundreds of claims with resident IDs and keys, hostile input and failures on purpose, so a log line
 * that leaks is written if any code path leaks.
 *
 * <p>Run by each service's build after its tests ({@code exec:java}, test class path): {@code --reset FILE} empties
 * the log before the suites, {@code FILE} checks it after them.
 */
public final class LogLeakCheck {

    /** A unique-key violation's text as MariaDB words it, value included. */
    private static final Pattern DATABASE_ECHO = Pattern.compile("Duplicate entry '");

    private LogLeakCheck() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--reset")) {
            Path log = Path.of(args[1]);
            Files.createDirectories(log.toAbsolutePath().getParent());
            Files.deleteIfExists(log);
            return;
        }
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: LogLeakCheck [--reset] LOG_FILE");
        }
        Path log = Path.of(args[0]);
        if (!Files.exists(log)) {
            // no application started in this run (only plain unit tests, or a benchmark build): nothing was logged
            System.out.println("log-leak-check: no " + log + " (no Quarkus application ran): nothing to check");
            return;
        }
        List<String> leaks = leaks(Files.readAllLines(log, StandardCharsets.UTF_8));
        if (!leaks.isEmpty()) {
            throw new IllegalStateException(leaks.size() + " line(s) of " + log + " leak personal data or database values"
                    + " (shown masked):\n" + String.join("\n", leaks.subList(0, Math.min(20, leaks.size()))));
        }
        System.out.println("log-leak-check: " + log + " holds no resident ID and no database-echoed value");
    }

    /** The offending lines, masked so the check's own output leaks nothing. */
    static List<String> leaks(List<String> lines) {
        List<String> leaks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (PersonalData.containsResidentId(line) || DATABASE_ECHO.matcher(line).find()) {
                leaks.add((i + 1) + ": " + PersonalData.mask(line).replaceAll("Duplicate entry '[^']*'", "Duplicate entry '…'"));
            }
        }
        return leaks;
    }
}
