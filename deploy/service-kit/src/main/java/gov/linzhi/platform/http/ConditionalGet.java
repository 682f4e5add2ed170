package gov.linzhi.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A GET answered with a strong {@code ETag} (a digest of the bytes sent, so it changes exactly when the
 * representation does, whatever changed it) and a {@code Cache-Control}; {@code If-None-Match} with that tag is
 * answered {@code 304 Not Modified} without a body. A representation that can no longer change (a superseded
 * version) is cacheable for a year and {@code immutable}; one that may still change is stored but revalidated
 * on every use ({@code no-cache}), which the tag makes cheap.
 */
public final class ConditionalGet {

    /** One year, the longest RFC 9111 recommends. */
    private static final int YEAR_SECONDS = 31_536_000;

    private ConditionalGet() {
    }

    /** Whether the representation may still change: decides the caching it gets. */
    public enum Mutability {
        /** A superseded version: it will never change. */
        IMMUTABLE,
        /** The current version: stored, revalidated on each use. */
        MAY_CHANGE
    }

    public static Response json(Request request, ObjectMapper mapper, Object view, Mutability mutability) {
        try {
            return bytes(request, mapper.writeValueAsBytes(view), MediaType.APPLICATION_JSON_TYPE, mutability);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Response text(Request request, String text, MediaType type, Mutability mutability) {
        return bytes(request, text.getBytes(StandardCharsets.UTF_8), type.withCharset("UTF-8"), mutability);
    }

    public static Response bytes(Request request, byte[] body, MediaType type, Mutability mutability) {
        EntityTag tag = tag(body);
        CacheControl caching = caching(mutability);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(caching).build();
        }
        return Response.ok(body, type).tag(tag).cacheControl(caching).build();
    }

    /** The strong tag of a body: the first 16 bytes of its SHA-256, URL-safe Base64. */
    static EntityTag tag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    static CacheControl caching(Mutability mutability) {
        CacheControl c = new CacheControl();
        c.setPrivate(false);
        c.setNoTransform(false);
        if (mutability == Mutability.IMMUTABLE) {
            c.setMaxAge(YEAR_SECONDS);
            c.getCacheExtension().put("public", null);
            c.getCacheExtension().put("immutable", null);
        } else {
            c.setNoCache(true);
            c.getCacheExtension().put("public", null);
        }
        return c;
    }
}
