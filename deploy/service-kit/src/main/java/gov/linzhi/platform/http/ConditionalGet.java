package gov.linzhi.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.linzhi.platform.lists.Linked;
import org.jboss.resteasy.reactive.RestResponse;
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

    /** The view as JSON; a page of a list sends its links as the {@code Link} header too, as every list does. */
    public static Response json(Request request, ObjectMapper mapper, Object view, Mutability mutability) {
        try {
            Response response = bytes(request, mapper.writeValueAsBytes(view), MediaType.APPLICATION_JSON_TYPE, mutability);
            return view instanceof Linked page && page.links() != null
                    ? Response.fromResponse(response).header("Link", page.links().header()).build() : response;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The view as a typed response (so the OpenAPI document names its schema) with the same tag, caching and links as
     * {@link #json}: a 304 when the client holds it.
     */
    public static <T> RestResponse<T> typed(Request request, ObjectMapper mapper, T view, Mutability mutability) {
        EntityTag tag;
        try {
            tag = tag(mapper.writeValueAsBytes(view));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        CacheControl caching = caching(mutability);
        RestResponse.ResponseBuilder<T> response = request.evaluatePreconditions(tag) != null
                ? RestResponse.ResponseBuilder.<T>notModified(tag) : RestResponse.ResponseBuilder.ok(view, MediaType.APPLICATION_JSON_TYPE);
        response.tag(tag).cacheControl(caching);
        if (view instanceof Linked page && page.links() != null) {
            response.header("Link", page.links().header());
        }
        return response.build();
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
