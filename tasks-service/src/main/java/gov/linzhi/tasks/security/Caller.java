package gov.linzhi.tasks.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Who is calling: the token's user name and, for the department role, the department claim. Read from the
 * request's security identity, whose principal is the bearer token SmallRye JWT verified (quarkus-oidc, there for
 * the pages' sign-in, has a JsonWebToken of its own that is not the API's).
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    public String user() {
        return gov.linzhi.platform.audit.ActorNames.fit(identity.isAnonymous() ? null : identity.getPrincipal().getName());
    }

    public Optional<String> department() {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        Object claim = jwt.getClaim("department");
        return claim == null ? Optional.empty() : Optional.of(claim.toString().replace("\"", "").strip());
    }
}
