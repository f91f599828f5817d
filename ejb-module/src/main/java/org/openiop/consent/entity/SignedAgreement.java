package org.openiop.consent.entity;

import java.time.Instant;
import java.util.UUID;

/** A participant's signature of an agreement version: which program, which version, when. */
public record SignedAgreement(UUID programId, String versionSha256, Instant signedAt) {

    public static SignedAgreement of(AgreementSignature s) {
        return new SignedAgreement(s.getProgramId(), s.getVersionSha256(), s.getSignedAt());
    }
}
