package gov.linzhi.tasks.pages;

import gov.linzhi.tasks.security.Roles;
import io.quarkus.qute.TemplateData;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The person a verified page cookie speaks for: name, roles and, for the department role, the department
 * claim; {@code formToken} is what every form shown to them carries (see {@link FormToken}).
 */
@TemplateData
public record PageUser(String name, Set<String> roles, String department, String formToken) {

    private static final Map<String, String> ROLE_NAMES = Map.of(Roles.SUPERVISOR, "督查室", Roles.DEPARTMENT, "部门",
            Roles.GAZETTE_EDITOR, "公报编辑", Roles.HR_BUREAU, "人社局", Roles.AUDITOR, "审计");

    public static PageUser of(JsonWebToken token, String formToken) {
        String name = token.getName();
        Set<String> groups = token.getGroups();
        Object department = token.getClaim("department");
        return new PageUser(name == null || name.isBlank() ? "未署名用户" : name, groups == null ? Set.of() : Set.copyOf(groups),
                department == null ? null : department.toString().replace("\"", "").strip(), formToken);
    }

    /** Whether the token is the supervision office's (督查室): it flags tasks and edits calendars. */
    public boolean isSupervisor() {
        return roles.contains(Roles.SUPERVISOR);
    }

    /** Whether the token speaks for a department that may file reports (its department claim still to be found). */
    public boolean isDepartment() {
        return roles.contains(Roles.DEPARTMENT) && department != null && !department.isBlank();
    }

    /** Whether the roles include one that may read supervision data (the same roles as the API's reads). */
    public boolean mayRead() {
        return roles.stream().anyMatch(Roles.READERS::contains);
    }

    /** The roles in Chinese for the page header, e.g. 督查室. */
    public String roleNames() {
        List<String> names = roles.stream().sorted().map(r -> ROLE_NAMES.getOrDefault(r, r)).toList();
        return names.isEmpty() ? "无角色" : String.join("、", names);
    }
}
