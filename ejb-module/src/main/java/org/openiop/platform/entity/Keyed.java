package org.openiop.platform.entity;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * A row keyed by a random UUID in its {@code id} column, the key most of OpenIOP's tables share.
 * The entity gives a new row its key in its constructor ({@link #newId()}), after its own checks.
 */
@MappedSuperclass
public abstract class Keyed {

    @Id private UUID id;

    protected Keyed() {
        // for JPA, and for constructors that call newId()
    }

    /** Gives a new row its key. */
    protected final void newId() {
        this.id = UUID.randomUUID();
    }

    public UUID getId() {
        return id;
    }
}
