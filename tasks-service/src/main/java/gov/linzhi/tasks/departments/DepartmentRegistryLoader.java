package gov.linzhi.tasks.departments;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads {@code data/departments.tsv} into the registry: adds the departments and aliases not there yet,
 * never removes or renames one. Runs in the caller's transaction.
 */
@ApplicationScoped
public class DepartmentRegistryLoader {

    public static final String RESOURCE = "data/departments.tsv";

    /** Returns how many departments were added. */
    public int load() {
        int added = 0;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 5) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected 6 tab-separated columns");
                }
                Department d = Department.byName(f[0]).orElse(null);
                if (d == null) {
                    d = new Department();
                    d.name = f[0];
                    d.fullName = f[1];
                    d.kind = Department.Kind.valueOf(f[2]);
                    d.leaderPost = f[3];
                    d.origin = Department.Origin.valueOf(f[4]);
                    d.persist();
                    added++;
                }
                if (f.length > 5 && !f[5].isBlank()) {
                    for (String alias : f[5].split("\\|")) {
                        addAlias(d, alias.strip(), lineNo);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return added;
    }

    private static void addAlias(Department d, String alias, int lineNo) {
        DepartmentAlias existing = DepartmentAlias.find("alias", alias).firstResult();
        if (existing != null) {
            if (!existing.department.id.equals(d.id)) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": alias " + alias
                        + " already names " + existing.department.name);
            }
            return;
        }
        DepartmentAlias a = new DepartmentAlias();
        a.alias = alias;
        a.department = d;
        a.persist();
    }
}
