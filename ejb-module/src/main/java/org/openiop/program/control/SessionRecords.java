package org.openiop.program.control;

import java.util.UUID;

/**
 * Whether another component keeps records of a session (attendance, licensing decisions), so that
 * regenerating a group's schedule never drops it. Implemented by each component that keeps such
 * records: they build on programs, so programs ask them through this interface.
 */
public interface SessionRecords {

    /** Whether this component holds any record of the session. */
    boolean anyFor(UUID sessionId);
}
