package org.openiop.program.boundary;

import java.util.List;
import org.openiop.program.entity.GroupSession;
import org.openiop.program.entity.TherapyGroup;

/**
 * The result of a change to the calendar: the sessions it made or moved, and warnings that do not
 * stop it (a facilitator booked elsewhere at the same time).
 */
public record Scheduled(TherapyGroup group, List<GroupSession> sessions, List<String> warnings) {}
