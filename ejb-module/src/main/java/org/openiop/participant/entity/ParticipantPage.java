package org.openiop.participant.entity;

import java.util.List;

/** Rows of the participants list and how many match in all. */
public record ParticipantPage(List<ParticipantView> rows, long total) {}
