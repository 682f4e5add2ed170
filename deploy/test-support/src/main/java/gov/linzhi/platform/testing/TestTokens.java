package gov.linzhi.platform.testing;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Bearer tokens for tests, signed (RS256) with the test-only key in {@code test-jwt/}. A service's
 * test profile verifies them with {@code %test.mp.jwt.verify.publickey.location=test-jwt/public-key.pem}
 * and {@code %test.mp.jwt.verify.issuer=} {@value #ISSUER}. Signed with jose4j directly, so minting
 * needs no configuration and works from any class loader.
 */
public final class TestTokens {

    public static final String ISSUER = "https://auth.linzhi.test";

    private static final PrivateKey KEY = load("test-jwt/private-key.pem");
    private static final PrivateKey FOREIGN_KEY = load("test-jwt/foreign-private-key.pem");

    private TestTokens() {
    }

    /** A valid token for a user with the given roles. */
    public static String withRoles(String... roles) {
        return sign(KEY, claims("test-user", null, Instant.now(), roles));
    }

    /** A valid {@code department} token for a user of the named department (e.g. 市人社局). */
    public static String department(String department) {
        return departmentUser(department, "officer@" + department);
    }

    /** A {@code department} token naming the person who files, for history that survives staff changes. */
    public static String departmentUser(String department, String user) {
        return sign(KEY, claims(user, department, Instant.now(), "department"));
    }

    /** A token for a named department user who also holds other roles. */
    public static String departmentUserWithRoles(String department, String user, String... roles) {
        return sign(KEY, claims(user, department, Instant.now(), roles));
    }

    /** A token that expired an hour ago. */
    public static String expired(String... roles) {
        return sign(KEY, claims("test-user", null, Instant.now().minusSeconds(7200), roles));
    }

    /** A well-formed token signed by a key the services do not trust. */
    public static String wrongSignature(String... roles) {
        return sign(FOREIGN_KEY, claims("test-user", null, Instant.now(), roles));
    }

    private static JwtClaims claims(String user, String department, Instant issuedAt, String... roles) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(user);
        claims.setClaim("upn", user);
        claims.setStringListClaim("groups", List.of(roles));
        claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(issuedAt.plusSeconds(3600).getEpochSecond()));
        claims.setGeneratedJwtId();
        if (department != null) {
            claims.setClaim("department", department);
        }
        return claims;
    }

    private static String sign(PrivateKey key, JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a test token", e);
        }
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
