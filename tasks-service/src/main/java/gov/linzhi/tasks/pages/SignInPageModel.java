package gov.linzhi.tasks.pages;

import io.quarkus.qute.TemplateData;

import java.util.List;

/**
 * The sign-in page: where to go afterwards, the problem with the pasted token (next to the field), a notice
 * (e.g. an expired session), the identity provider's sign-in when one is configured, and the local users of
 * ./run.sh when the launcher runs the service (empty otherwise). A pasted token is never written back.
 */
@TemplateData
public record SignInPageModel(String next, String tokenError, String notice, boolean identityProvider,
                              List<LocalUsers.LocalUser> localUsers) {

    /** The identity provider's sign-in, coming back to {@code next}. */
    public String identityProviderUrl() {
        return SafeRedirect.signInFor(next).replaceFirst("^/sign-in", "/sign-in/oidc");
    }
}
