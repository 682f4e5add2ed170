package gov.linzhi.tasks.departments;

import gov.linzhi.platform.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves department names as written to registry entries. An unknown name is reported to the
 * caller, never created.
 */
@ApplicationScoped
public class DepartmentRegistry {

    public static final String UNKNOWN_DEPARTMENT = "UNKNOWN_DEPARTMENT";

    /** A name as written and what it stands for; empty {@code departments} means unknown. */
    public record Resolution(String written, List<Department> departments, boolean collective) {
        public boolean known() {
            return !departments.isEmpty();
        }
    }

    /** Every name and alias, mapped to its department. Read per call: the registry is small. */
    public Map<String, Department> index() {
        Map<String, Department> index = new HashMap<>();
        // the aliases with their departments in one query: each alias loading its department on its own made every
        // look-up dozens of statements (a filed report paid them for its caller; found by bench/run.sh)
        for (DepartmentAlias a : DepartmentAlias.<DepartmentAlias>find("select a from DepartmentAlias a join fetch a.department").list()) {
            index.put(DepartmentNames.normalise(a.alias), a.department);
        }
        for (Department d : Department.<Department>listAll()) {
            index.put(DepartmentNames.normalise(d.name), d);
        }
        return index;
    }

    public Resolution resolve(String written) {
        return resolve(written, index());
    }

    public Resolution resolve(String written, Map<String, Department> index) {
        if (DepartmentNames.isAllCounties(written)) {
            return new Resolution(written, counties(), true);
        }
        for (String key : DepartmentNames.candidates(written)) {
            Department d = index.get(key);
            if (d != null) {
                return new Resolution(written, List.of(d), false);
            }
        }
        return new Resolution(written, List.of(), false);
    }

    /** The one department a name stands for, or 422 UNKNOWN_DEPARTMENT. */
    public Department require(String written) {
        return find(written).orElseThrow(() -> DomainException.unprocessable(UNKNOWN_DEPARTMENT,
                "department not in the registry: " + written));
    }

    public Optional<Department> find(String written) {
        // a token's department claim is the registry's own name as a rule: one indexed read
        Optional<Department> named = Department.find("name", written).firstResultOptional();
        if (named.isPresent()) {
            return named;
        }
        Resolution r = resolve(written);
        return r.known() && !r.collective() ? Optional.of(r.departments().get(0)) : Optional.empty();
    }

    public List<Department> counties() {
        return Department.<Department>list("kind", Department.Kind.COUNTY_GOVERNMENT).stream()
                .sorted(Comparator.comparing(d -> d.id)).toList();
    }

    public List<Department> all() {
        return Department.<Department>listAll().stream().sorted(Comparator.comparing(d -> d.id)).toList();
    }

    /** The departments' names in the registry's order (data/departments.tsv: the order the gazette and the office list them). */
    public List<String> officialOrder() {
        return all().stream().map(d -> d.name).toList();
    }

    /** Every department's aliases, by department id, read in one query (not one per department). */
    public Map<Long, List<String>> aliasesByDepartment() {
        Map<Long, List<String>> out = new HashMap<>();
        for (Object[] row : DepartmentAlias.getEntityManager()
                .createQuery("select a.department.id, a.alias from DepartmentAlias a order by a.id", Object[].class).getResultList()) {
            out.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        return out;
    }
}
