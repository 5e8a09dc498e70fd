package uk.org.councilkpi.readcache;

/**
 * A resource whose reads one service computes and the read cache answers ({@link CachedRead}: the cache, the caller
 * and the request's headers).
 *
 * @param <S> the service that builds the views
 */
public abstract class CachedReadResource<S> {

    protected final S service;
    protected final CachedRead read;

    protected CachedReadResource(S service, CachedRead read) {
        this.service = service;
        this.read = read;
    }
}
