package org.openiop.participant.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.openiop.identity.entity.BreakGlassReason;
import org.openiop.identity.entity.Identity;
import org.openiop.participant.entity.ErasureReason;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.rest.MaxLength;

/**
 * What the participants API takes. Sizes are capped here, well above the boundaries' own limits, so
 * that the boundaries still word every refusal a person could cause by typing (IdentityRules names
 * each missing or malformed field of an identity).
 */
public final class ParticipantRequests {

    private ParticipantRequests() {}

    /**
     * A new participant's identity as intake enters it, and whether intake saw the likely
     * duplicates and enrolls anyway. The date of birth stays text here and is read in {@link
     * #identity()}: a date that does not parse is refused in the words intake sees for every other
     * identity field, keyed by the field.
     */
    public record EnrollmentBody(
            @MaxLength(200) String legalFirstName,
            @MaxLength(200) String legalMiddleName,
            @MaxLength(200) String legalLastName,
            @MaxLength(32) String dateOfBirth,
            @MaxLength(64) String phone,
            @MaxLength(400) String streetAddress,
            @MaxLength(200) String city,
            @MaxLength(64) String postalState,
            @MaxLength(64) String postalCode,
            @MaxLength(64) String stateOfResidence,
            @MaxLength(200) String emergencyContactName,
            @MaxLength(64) String emergencyContactPhone,
            @MaxLength(200) String insurancePayer,
            @MaxLength(64) String insuranceMemberId,
            Boolean duplicateAcknowledged) {

        /**
         * @throws Invalid naming {@code dateOfBirth} when it is not a date
         */
        Identity identity() {
            LocalDate born = null;
            if (dateOfBirth != null) {
                try {
                    born = LocalDate.parse(dateOfBirth);
                } catch (DateTimeParseException e) {
                    throw new Invalid(
                            "Some details are missing or not valid; nothing was saved.",
                            Map.of(
                                    "dateOfBirth",
                                    "Date of birth must be a date such as 1990-04-23."));
                }
            }
            return new Identity(
                    legalFirstName,
                    legalMiddleName,
                    legalLastName,
                    born,
                    phone,
                    streetAddress,
                    city,
                    postalState,
                    postalCode,
                    stateOfResidence,
                    emergencyContactName,
                    emergencyContactPhone,
                    insurancePayer,
                    insuranceMemberId);
        }

        boolean acknowledged() {
            return Boolean.TRUE.equals(duplicateAcknowledged);
        }

        /** Never prints the identity, so that a stray log call cannot leak it. */
        @Override
        public String toString() {
            return "EnrollmentBody[identity not shown]";
        }
    }

    /**
     * An emergency view: the reason, an explanation (required for OTHER and for {@code notMyGroup})
     * and whether the participant is outside the clinician's groups.
     */
    public record BreakGlassBody(
            BreakGlassReason reason, @MaxLength(4000) String explanation, Boolean notMyGroup) {

        /** The explanation may name the participant: it is sealed, and never printed. */
        @Override
        public String toString() {
            return "BreakGlassBody[reason=" + reason + ", explanation not shown]";
        }
    }

    /** The privacy officer's finding on an emergency view, with a note. */
    public record BreakGlassReviewBody(Boolean justified, @MaxLength(4000) String note) {}

    /** Why a participant's identity and account are destroyed. */
    public record ErasureBody(ErasureReason reason) {}
}
