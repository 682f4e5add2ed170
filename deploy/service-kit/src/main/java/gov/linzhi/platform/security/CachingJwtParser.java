package gov.linzhi.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The parser Quarkus verifies bearer tokens with, remembering the tokens it verified ({@link VerifiedTokens}); every
 * other operation is SmallRye's own.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {

    private final DefaultJWTParser verifier;
    private final VerifiedTokens<JsonWebToken> verified;

    @Inject
    public CachingJwtParser(DefaultJWTParser verifier,
                            @ConfigProperty(name = "linzhi.security.verified-tokens.max-age", defaultValue = "PT5M") Duration maxAge,
                            @ConfigProperty(name = "linzhi.security.verified-tokens.capacity", defaultValue = "10000") int capacity) {
        this.verifier = verifier;
        this.verified = new VerifiedTokens<>(Clock.systemUTC(), maxAge, capacity);
    }

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        return verified.get(bearerToken, verifier::parse, CachingJwtParser::expiry);
    }

    private static Instant expiry(JsonWebToken token) {
        long exp = token.getExpirationTime();
        return exp > 0 ? Instant.ofEpochSecond(exp) : null;
    }

    @Override
    public JsonWebToken parse(String bearerToken, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(bearerToken, context);
    }

    @Override
    public JsonWebToken verify(String bearerToken, PublicKey key) throws ParseException {
        return verifier.verify(bearerToken, key);
    }

    @Override
    public JsonWebToken verify(String bearerToken, SecretKey key) throws ParseException {
        return verifier.verify(bearerToken, key);
    }

    @Override
    public JsonWebToken verify(String bearerToken, String secret) throws ParseException {
        return verifier.verify(bearerToken, secret);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, PrivateKey key) throws ParseException {
        return verifier.decrypt(bearerToken, key);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, SecretKey key) throws ParseException {
        return verifier.decrypt(bearerToken, key);
    }

    @Override
    public JsonWebToken decrypt(String bearerToken, String secret) throws ParseException {
        return verifier.decrypt(bearerToken, secret);
    }

    @Override
    public JsonWebToken parseOnly(String bearerToken) throws ParseException {
        return verifier.parseOnly(bearerToken);
    }
}
