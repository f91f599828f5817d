package org.openiop.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.security.SecureRandom;
import java.util.List;

/**
 * Synthetic people with distinctive names, dates of birth and member ids that no page template,
 * word list or library contains, so that finding one anywhere means it leaked.
 */
public final class People {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * One person; {@code marker} is a random run of letters inside the last name, unique to this
     * run.
     */
    public record Person(
            String first, String middle, String last, String dateOfBirth, String memberId) {

        public String json(boolean acknowledgeDuplicate) {
            JsonObjectBuilder json =
                    Json.createObjectBuilder()
                            .add("legalFirstName", first)
                            .add("legalLastName", last)
                            .add("dateOfBirth", dateOfBirth)
                            .add("phone", "+1 312 555 0142")
                            .add("streetAddress", "77 Fictional Row")
                            .add("city", "Springfield")
                            .add("postalState", "IL")
                            .add("postalCode", "62704")
                            .add("stateOfResidence", "IL")
                            .add("emergencyContactName", "Casey Placeholder")
                            .add("emergencyContactPhone", "312-555-0143")
                            .add("insurancePayer", "Example Health Plan")
                            .add("insuranceMemberId", memberId)
                            .add("duplicateAcknowledged", acknowledgeDuplicate);
            if (middle != null) {
                json.add("legalMiddleName", middle);
            }
            return json.build().toString();
        }

        /**
         * What must never appear outside the vault: names, the date of birth in common forms, the
         * member id.
         */
        public List<String> canaries() {
            String[] ymd = dateOfBirth.split("-");
            return List.of(
                    first,
                    last,
                    middle == null ? last : middle,
                    dateOfBirth,
                    ymd[1] + "/" + ymd[2] + "/" + ymd[0],
                    ymd[0] + ymd[1] + ymd[2],
                    memberId);
        }
    }

    private People() {}

    public static Person distinctive(String first) {
        String marker = letters(6);
        String day = String.format("%02d", 1 + RANDOM.nextInt(28));
        return new Person(
                first,
                "Ottoline",
                "Vondracek" + marker + "-Quillfeather",
                "1958-11-" + day,
                "QXZ" + (100000000 + RANDOM.nextInt(899999999)));
    }

    /**
     * Someone whose member id starts with a payer simulator prefix (ACT, INA, AAA75, HANG...),
     * picking its answer.
     */
    public static Person insured(String first, String payerPrefix) {
        Person p = distinctive(first);
        return new Person(
                p.first(), p.middle(), p.last(), p.dateOfBirth(), payerPrefix + "-" + p.memberId());
    }

    public static String letters(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return text.toString();
    }
}
