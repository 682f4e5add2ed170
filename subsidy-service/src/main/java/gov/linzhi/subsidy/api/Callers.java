package gov.linzhi.subsidy.api;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Arrays;

/** Role checks that depend on the request's content (e.g. a personId in an otherwise public evaluation). */
@RequestScoped
public class Callers {

    public static final String HR_BUREAU = "hr-bureau";
    public static final String AUDITOR = "auditor";

    @Inject
    SecurityIdentity identity;

    /** 401 without a valid token, 403 without one of the roles. */
    public void require(String... roles) {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (Arrays.stream(roles).noneMatch(identity::hasRole)) {
            throw new ForbiddenException();
        }
    }

    /** The caller's name for the audit log. */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : gov.linzhi.platform.audit.ActorNames.fit(identity.getPrincipal().getName());
    }
}
