package gov.linzhi.tasks.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/** Who is calling: the token's user name and, for the department role, the department claim. */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken jwt;

    public String user() {
        return gov.linzhi.platform.audit.ActorNames.fit(jwt.getName());
    }

    public Optional<String> department() {
        Object claim = jwt.getClaim("department");
        return claim == null ? Optional.empty() : Optional.of(claim.toString().replace("\"", "").strip());
    }
}
