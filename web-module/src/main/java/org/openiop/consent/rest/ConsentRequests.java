package org.openiop.consent.rest;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.openiop.consent.entity.ConsentTerms;
import org.openiop.consent.entity.ConsentType;
import org.openiop.consent.entity.DisclosurePurpose;
import org.openiop.consent.entity.RecipientClass;
import org.openiop.platform.rest.MaxItems;
import org.openiop.platform.rest.MaxLength;

/**
 * What the agreements, consents and disclosures API takes. Text is capped above the entities' own
 * limits, so that the boundary still words the refusal a person can cause by writing too much ("at
 * most 500 characters"); the caps only stop a body no person would type.
 */
public final class ConsentRequests {

    private ConsentRequests() {}

    /**
     * A new agreement version, as Markdown; its normalised text holds at most 20,000 characters.
     */
    public record AgreementTextBody(@MaxLength(40000) String text) {}

    /**
     * The participant signs the version they read ({@code sha256}) of a program's agreement, with
     * {@code "agree": true} and their pseudonym typed as the signature.
     */
    public record AgreementSigningBody(
            UUID programId,
            @MaxLength(64) String sha256,
            Boolean agree,
            @MaxLength(100) String signature) {}

    /**
     * One consent as the participant fills it in. It ends on {@code expiresOn} or, with {@code
     * "expiresOnDischarge": true}, at discharge.
     */
    public record ConsentTermsBody(
            ConsentType type,
            RecipientClass recipientClass,
            @MaxLength(1000) String recipientName,
            DisclosurePurpose purpose,
            @MaxLength(300) String purposeText,
            @MaxLength(4000) String information,
            LocalDate expiresOn,
            Boolean expiresOnDischarge) {

        ConsentTerms toTerms() {
            return new ConsentTerms(
                    type,
                    recipientClass,
                    recipientName,
                    purpose,
                    purposeText,
                    information,
                    expiresOn,
                    Boolean.TRUE.equals(expiresOnDischarge));
        }
    }

    /**
     * Consents signed together with one signature, the participant's pseudonym. Each consent is
     * checked as well ({@code consents[0].information} names the field of the first).
     */
    public record ConsentSigningBody(
            @MaxLength(100) String signature,
            @Valid @MaxItems(20) List<ConsentTermsBody> consents) {}

    /** A written revocation, effective now. */
    public record ConsentRevocationBody(@MaxLength(4000) String revocation) {}

    /** A disclosure to record, once a consent permits it. */
    public record DisclosureBody(
            @MaxLength(1000) String recipient,
            RecipientClass recipientClass,
            DisclosurePurpose purpose,
            @MaxLength(4000) String description) {}
}
