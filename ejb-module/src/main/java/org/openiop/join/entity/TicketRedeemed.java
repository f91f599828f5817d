package org.openiop.join.entity;

import java.time.Instant;
import java.util.UUID;
import org.openiop.plugin.spi.Modality;

/**
 * A participant used their join ticket and was handed the vendor's link: they mean to attend from
 * {@code at} until {@code until} (the session's end). Fired inside the join's transaction, so what
 * observers record with it stands or falls with the join.
 *
 * @param attemptId the attempt that holds the licensing decision and the place of service
 * @param placeOfService where the participant said they are (a US jurisdiction code)
 * @param username who redeemed the ticket, for the record of who wrote what
 */
public record TicketRedeemed(
        UUID sessionId,
        UUID participantId,
        Instant at,
        Instant until,
        Modality modality,
        String placeOfService,
        UUID attemptId,
        String username) {}
