package org.openiop.identity.entity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openiop.platform.entity.UsJurisdictions;

/**
 * What makes an identity complete enough to enroll. Each problem is keyed by the field it concerns
 * and worded for the intake user; the messages never repeat the value entered.
 */
public final class IdentityRules {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} '.\\-]*");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-.]{7,25}");
    private static final Pattern ZIP = Pattern.compile("[0-9]{5}(-[0-9]{4})?");
    private static final Pattern MEMBER_ID = Pattern.compile("[A-Za-z0-9\\-]{1,40}");

    private IdentityRules() {}

    /** Field name to problem; empty when the identity may be enrolled. */
    public static Map<String, String> problems(Identity identity, Clock clock) {
        Map<String, String> problems = new LinkedHashMap<>();
        name(problems, "legalFirstName", "Legal first name", identity.legalFirstName(), true);
        name(problems, "legalMiddleName", "Middle name", identity.legalMiddleName(), false);
        name(problems, "legalLastName", "Legal last name", identity.legalLastName(), true);
        LocalDate born = identity.dateOfBirth();
        LocalDate today = LocalDate.now(clock);
        if (born == null) {
            problems.put("dateOfBirth", "Date of birth is required.");
        } else if (born.isAfter(today)) {
            problems.put("dateOfBirth", "Date of birth cannot be in the future.");
        } else if (born.isBefore(today.minusYears(120))) {
            problems.put(
                    "dateOfBirth", "Date of birth is more than 120 years ago; check the year.");
        }
        pattern(
                problems,
                "phone",
                "Phone",
                identity.phone(),
                PHONE,
                true,
                "digits, spaces, ( ) - . and an optional leading +");
        text(problems, "streetAddress", "Street address", identity.streetAddress(), 120, true);
        text(problems, "city", "City", identity.city(), 60, true);
        state(problems, "postalState", "State of the postal address", identity.postalState());
        pattern(
                problems,
                "postalCode",
                "ZIP code",
                identity.postalCode(),
                ZIP,
                true,
                "5 digits, or 5+4 such as 60614-1234");
        state(problems, "stateOfResidence", "State of residence", identity.stateOfResidence());
        name(
                problems,
                "emergencyContactName",
                "Emergency contact name",
                identity.emergencyContactName(),
                true);
        pattern(
                problems,
                "emergencyContactPhone",
                "Emergency contact phone",
                identity.emergencyContactPhone(),
                PHONE,
                true,
                "digits, spaces, ( ) - . and an optional leading +");
        boolean payer = present(identity.insurancePayer());
        boolean member = present(identity.insuranceMemberId());
        text(problems, "insurancePayer", "Insurance payer", identity.insurancePayer(), 80, false);
        pattern(
                problems,
                "insuranceMemberId",
                "Member id",
                identity.insuranceMemberId(),
                MEMBER_ID,
                false,
                "up to 40 letters, digits and hyphens");
        if (payer != member) {
            problems.putIfAbsent(
                    payer ? "insuranceMemberId" : "insurancePayer",
                    "Insurance needs both the payer and the member id, or neither.");
        }
        return problems;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static void name(
            Map<String, String> problems,
            String field,
            String label,
            String value,
            boolean required) {
        if (!present(value)) {
            if (required) {
                problems.put(field, label + " is required.");
            }
        } else if (value.strip().length() > 60 || !NAME.matcher(value.strip()).matches()) {
            problems.put(
                    field,
                    label
                            + " may hold letters, spaces, hyphens, apostrophes and periods, up to"
                            + " 60 characters.");
        }
    }

    private static void text(
            Map<String, String> problems,
            String field,
            String label,
            String value,
            int max,
            boolean required) {
        if (!present(value)) {
            if (required) {
                problems.put(field, label + " is required.");
            }
        } else if (value.strip().length() > max
                || value.chars().anyMatch(Character::isISOControl)) {
            problems.put(field, label + " must be one line of at most " + max + " characters.");
        }
    }

    private static void pattern(
            Map<String, String> problems,
            String field,
            String label,
            String value,
            Pattern pattern,
            boolean required,
            String expected) {
        if (!present(value)) {
            if (required) {
                problems.put(field, label + " is required.");
            }
        } else if (!pattern.matcher(value.strip()).matches()) {
            problems.put(field, label + " should be " + expected + ".");
        }
    }

    private static void state(
            Map<String, String> problems, String field, String label, String value) {
        if (!present(value)) {
            problems.put(field, label + " is required.");
        } else if (!UsJurisdictions.isCode(value.strip())) {
            problems.put(field, label + " must be a US state or territory code such as IL or PR.");
        }
    }

    /** The identity as it will be stored: trimmed, state codes in capitals, blanks as null. */
    public static Identity normalized(Identity i) {
        return new Identity(
                clean(i.legalFirstName()),
                clean(i.legalMiddleName()),
                clean(i.legalLastName()),
                i.dateOfBirth(),
                clean(i.phone()),
                clean(i.streetAddress()),
                clean(i.city()),
                upper(i.postalState()),
                clean(i.postalCode()),
                upper(i.stateOfResidence()),
                clean(i.emergencyContactName()),
                clean(i.emergencyContactPhone()),
                clean(i.insurancePayer()),
                clean(i.insuranceMemberId()));
    }

    private static String clean(String value) {
        return present(value) ? value.strip() : null;
    }

    private static String upper(String value) {
        return present(value) ? value.strip().toUpperCase(Locale.ROOT) : null;
    }
}
