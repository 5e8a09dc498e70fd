package uk.org.councilkpi.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What every entity has: a key the database generates ({@code bigserial}). Entities are read and written through their
 * repositories, never as active records: they extend {@code PanacheEntityBase} for the accessors Panache generates, so
 * that reading a public field through a lazy proxy ({@code value.indicator.id}) loads it, where a plain entity's proxy
 * would answer null. A field's column is its name in snake case, a reference's with {@code _id} (the naming strategy in
 * application.properties).
 */
@MappedSuperclass
public abstract class KeyedEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
}
