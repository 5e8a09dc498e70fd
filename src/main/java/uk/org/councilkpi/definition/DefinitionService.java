package uk.org.councilkpi.definition;

import jakarta.transaction.Transactional;
import java.util.Optional;
import org.hibernate.Session;
import uk.org.councilkpi.common.Audit;
import uk.org.councilkpi.common.Stamp;
import uk.org.councilkpi.common.Definition;
import uk.org.councilkpi.problem.ApiException;

/**
 * Defines one kind of thing named by a ref (an indicator, a plan, a priority or objective, a milestone), the same
 * way for every kind:
 * <ul>
 *   <li>an unknown ref is a 404 naming the kind;</li>
 *   <li>a create takes a ref no other of its kind has (409 otherwise); a replace keeps the ref in the path (400 if
 *       the body names another);</li>
 *   <li>every write is stamped with when and by whom ({@link Audit}), and answers what it wrote;</li>
 *   <li>one that something still depends on is kept (409 saying what, {@link #keptBecause}): nothing goes by
 *       accident.</li>
 * </ul>
 * A kind says what is its own: what it is ({@link DefinitionKind}: its name and answer), its fields and their checks
 * ({@link #apply}), and what keeps it ({@link #keptBecause}).
 *
 * @param <E> the entity
 * @param <Q> the request that defines one
 * @param <R> the answer
 */
public abstract class DefinitionService<E extends Definition, Q extends DefinitionRequest, R> {

    private final DefinitionKind<E, R> kind;
    private final DefinitionRepository<E> repository;
    private final Audit audit;

    protected DefinitionService(DefinitionKind<E, R> kind, DefinitionRepository<E> repository, Audit audit) {
        this.kind = kind;
        this.repository = repository;
        this.audit = audit;
    }

    /** For CDI's client proxies, which never call the methods themselves. */
    protected DefinitionService() {
        this(null, null, null);
    }

    /** Copies a request's fields onto it, its ref included (an {@link ApiException} when one is invalid). */
    protected abstract void apply(E definition, Q request);

    /** Why it cannot be deleted yet (the 409's detail: what depends on it), or empty when it can. */
    protected abstract Optional<String> keptBecause(E definition);

    /** Kept, for this reason, while {@code count} things depend on it; free to go when none do. */
    protected static Optional<String> keptIf(long count, String reason) {
        return count == 0 ? Optional.empty() : Optional.of(reason);
    }

    public Optional<E> find(String ref) {
        return repository.findByRef(ref);
    }

    /** The one with this ref, or a 404 problem. */
    public E require(String ref) {
        return find(ref).orElseThrow(() -> ApiException.notFound("No " + kind.noun() + " with ref '" + ref + "'"));
    }

    @Transactional
    public R get(String ref) {
        return kind.answer().apply(require(ref));
    }

    @Transactional
    public R create(Q request) {
        if (find(request.ref()).isPresent()) {
            throw ApiException.conflict(kind.withArticle() + " with ref '" + request.ref() + "' already exists");
        }
        E definition = kind.empty().get();
        write(definition, request);
        repository.persist(definition);
        return flushed(definition);
    }

    @Transactional
    public R replace(String ref, Q request) {
        E definition = require(ref);
        if (!ref.equals(request.ref())) {
            throw ApiException.invalid("ref", "must be '" + ref + "', the ref in the path: a ref cannot change");
        }
        write(definition, request);
        return flushed(definition);
    }

    @Transactional
    public void delete(String ref) {
        E definition = require(ref);
        keptBecause(definition).ifPresent(reason -> {
            throw ApiException.conflict(reason);
        });
        audit.actor(null);
        repository.delete(definition);
    }

    /**
     * Applies a request and stamps who and when, unless it changed nothing: a replace that leaves every field as it
     * was writes no version, so {@code /changes} shows only real changes.
     */
    private void write(E definition, Q request) {
        Stamp stamp = audit.stamp(null);
        apply(definition, request);
        if (definition.createdAt == null || repository.getEntityManager().unwrap(Session.class).isDirty()) {
            definition.stamp(stamp);
        }
    }

    /** The answer carries what the database stamped (its version). */
    private R flushed(E definition) {
        repository.flush();
        return kind.answer().apply(definition);
    }
}
