package org.openiop.consent.entity;

import java.time.Instant;
import java.util.UUID;

/**
 * A published version of a program's confidentiality agreement, as pages and the API read it: the
 * Markdown {@code body}, and the SHA-256 of it that a signature names.
 */
public record PublishedAgreement(
        UUID programId, String sha256, String body, Instant publishedAt, String publishedBy) {

    public static PublishedAgreement of(AgreementVersion v) {
        return new PublishedAgreement(
                v.getProgramId(),
                v.getSha256(),
                v.getBody(),
                v.getPublishedAt(),
                v.getPublishedBy());
    }
}
