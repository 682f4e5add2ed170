package gov.linzhi.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * Bearer tokens for tests, signed with the test-only key in {@code test-jwt/}. A service's test
 * profile verifies them with {@code %test.mp.jwt.verify.publickey.location=test-jwt/public-key.pem}
 * and {@code %test.mp.jwt.verify.issuer=} {@value #ISSUER}.
 */
public final class TestTokens {

    public static final String ISSUER = "https://auth.linzhi.test";

    private static final PrivateKey KEY = load("test-jwt/private-key.pem");
    private static final PrivateKey FOREIGN_KEY = load("test-jwt/foreign-private-key.pem");

    private TestTokens() {
    }

    /** A valid token for a user with the given roles. */
    public static String withRoles(String... roles) {
        return claims("test-user", roles).sign(KEY);
    }

    /** A valid {@code department} token for a user of the named department (e.g. 市人社局). */
    public static String department(String department) {
        return departmentUser(department, "officer@" + department);
    }

    /** A {@code department} token naming the person who files, for history that survives staff changes. */
    public static String departmentUser(String department, String user) {
        return claims(user, "department").claim("department", department).sign(KEY);
    }

    /** A token for a named department user who also holds other roles. */
    public static String departmentUserWithRoles(String department, String user, String... roles) {
        return claims(user, roles).claim("department", department).sign(KEY);
    }

    /** A token that expired an hour ago. */
    public static String expired(String... roles) {
        Instant past = Instant.now().minusSeconds(7200);
        return Jwt.issuer(ISSUER).upn("test-user").groups(Set.of(roles))
                .issuedAt(past).expiresAt(past.plusSeconds(3600)).sign(KEY);
    }

    /** A well-formed token signed by a key the services do not trust. */
    public static String wrongSignature(String... roles) {
        return claims("test-user", roles).sign(FOREIGN_KEY);
    }

    private static JwtClaimsBuilder claims(String user, String... roles) {
        return Jwt.issuer(ISSUER).upn(user).subject(user).groups(Set.of(roles)).expiresIn(3600);
    }

    private static PrivateKey load(String resource) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test key " + resource);
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("unreadable test key " + resource, e);
        }
    }
}
