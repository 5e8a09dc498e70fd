package uk.org.councilkpi.definition;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import java.util.Optional;

/** A repository of definitions: each is found by its ref (with what its answer reads, where a kind fetches more). */
public interface DefinitionRepository<E> extends PanacheRepository<E> {

    default Optional<E> findByRef(String ref) {
        return find("ref", ref).firstResultOptional();
    }
}
