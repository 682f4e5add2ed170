package gov.linzhi.launcher;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalCredentialsTest {

    @TempDir
    Path data;

    @Test
    void writesATokenPerRoleAndPerDepartmentThatVerifyWithThePublicKey() throws Exception {
        LocalCredentials credentials = new LocalCredentials(data.resolve("keys"), data.resolve("tokens"));
        Instant now = Instant.now();
        credentials.ensure(now);

        JwtConsumer consumer = consumer(credentials.publicKey());
        for (String role : LocalCredentials.ROLES) {
            JwtClaims claims = consumer.processToClaims(Files.readString(data.resolve("tokens/" + role + ".jwt")).trim());
            assertEquals(List.of(role), claims.getStringListClaimValue("groups"));
            assertEquals(LauncherConfig.ISSUER, claims.getIssuer());
            long lifetime = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
            assertEquals(Duration.ofDays(365).toSeconds(), lifetime);
        }
        JwtClaims hr = consumer.processToClaims(Files.readString(data.resolve("tokens/department-市应急管理局.jwt")).trim());
        assertEquals("市应急管理局", hr.getStringClaimValue("department"));
        assertEquals(List.of("department"), hr.getStringListClaimValue("groups"));
        assertEquals(32, Base64.getDecoder().decode(credentials.secret("person-data")).length);
    }

    @Test
    void aSecondRunKeepsTheKeysAndTokens() throws Exception {
        LocalCredentials credentials = new LocalCredentials(data.resolve("keys"), data.resolve("tokens"));
        credentials.ensure(Instant.now());
        String key = Files.readString(credentials.publicKey());
        String token = Files.readString(data.resolve("tokens/supervisor.jwt"));
        String secret = credentials.secret("person-lookup");
        credentials.ensure(Instant.now().plusSeconds(60));
        assertEquals(key, Files.readString(credentials.publicKey()));
        assertEquals(token, Files.readString(data.resolve("tokens/supervisor.jwt")));
        assertEquals(secret, credentials.secret("person-lookup"));
    }

    @Test
    void tokensCloseToExpiryAreRenewed() throws Exception {
        LocalCredentials credentials = new LocalCredentials(data.resolve("keys"), data.resolve("tokens"));
        Instant yearAgo = Instant.now().minus(Duration.ofDays(340));
        credentials.ensure(yearAgo);
        String old = Files.readString(data.resolve("tokens/auditor.jwt"));
        credentials.ensure(Instant.now());
        assertNotEquals(old, Files.readString(data.resolve("tokens/auditor.jwt")));
    }

    @Test
    void aTokenFromAnotherKeyPairDoesNotVerify() throws Exception {
        LocalCredentials mine = new LocalCredentials(data.resolve("a/keys"), data.resolve("a/tokens"));
        LocalCredentials theirs = new LocalCredentials(data.resolve("b/keys"), data.resolve("b/tokens"));
        mine.ensure(Instant.now());
        theirs.ensure(Instant.now());
        String foreign = Files.readString(data.resolve("b/tokens/supervisor.jwt")).trim();
        assertThrows(InvalidJwtException.class, () -> consumer(mine.publicKey()).processToClaims(foreign));
        assertTrue(Files.readString(mine.privateKey()).startsWith("-----BEGIN PRIVATE KEY-----"));
    }

    private static JwtConsumer consumer(Path publicKeyPem) throws Exception {
        String pem = Files.readString(publicKeyPem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        return new JwtConsumerBuilder().setVerificationKey(key).setExpectedIssuer(LauncherConfig.ISSUER)
                .setRequireExpirationTime().build();
    }
}
