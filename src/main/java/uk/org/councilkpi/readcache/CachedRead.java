package uk.org.councilkpi.readcache;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import java.util.function.Supplier;
import uk.org.councilkpi.security.Role;

/**
 * A computed read as this request asks for it: the {@link ReadCache}, the caller (editors read drafts, the others
 * published figures) and the request's headers ({@code If-None-Match}, {@code Accept}). A resource names its query
 * record and how to build and write the answer; the rest is here.
 */
@RequestScoped
public class CachedRead {

    private final ReadCache cache;
    private final HttpHeaders headers;
    private final boolean drafts;

    public CachedRead(ReadCache cache, SecurityIdentity identity, HttpHeaders headers) {
        this.cache = cache;
        this.headers = headers;
        this.drafts = Role.seesDrafts(identity);
    }

    /** Whether the caller reads drafts (editors and administrators): part of every read's query record. */
    public boolean drafts() {
        return drafts;
    }

    /** The request's headers, for the media type it prefers. */
    public HttpHeaders headers() {
        return headers;
    }

    /** The read as JSON ({@link ReadCache#json}). */
    public Response json(Record query, Supplier<Object> build) {
        return cache.json(headers, query, build);
    }

    /** The read in this media type, written by {@code writer} ({@link ReadCache#answer}). */
    public <T> Response answer(Record query, MediaType type, Supplier<T> build, Function<? super T, byte[]> writer) {
        return cache.answer(headers, query, type, build, writer);
    }
}
