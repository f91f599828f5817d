package org.openiop.platform.entity;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A {@link Keyed} row that changes after it is written, guarded by optimistic locking on its {@code
 * version} column: a second writer working from the same read is refused, not lost.
 */
@MappedSuperclass
public abstract class Versioned extends Keyed {

    @Version private long version;

    protected Versioned() {
        // for JPA, and for constructors that call newId()
    }
}
