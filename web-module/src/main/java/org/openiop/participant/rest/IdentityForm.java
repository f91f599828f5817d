package org.openiop.participant.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openiop.identity.entity.Identity;
import org.openiop.platform.boundary.Invalid;

/**
 * An identity from a JSON request body, and back; unknown or mistyped fields are refused by name.
 */
final class IdentityForm {

    private IdentityForm() {}

    static Identity from(JsonObject json) {
        if (json == null) {
            throw new Invalid("Send the identity as a JSON object.");
        }
        String born = text(json, "dateOfBirth");
        LocalDate dateOfBirth = null;
        if (born != null) {
            try {
                dateOfBirth = LocalDate.parse(born);
            } catch (DateTimeParseException e) {
                throw new Invalid(
                        "Some details are missing or not valid; nothing was saved.",
                        Map.of("dateOfBirth", "Date of birth must be a date such as 1990-04-23."));
            }
        }
        return new Identity(
                text(json, "legalFirstName"),
                text(json, "legalMiddleName"),
                text(json, "legalLastName"),
                dateOfBirth,
                text(json, "phone"),
                text(json, "streetAddress"),
                text(json, "city"),
                text(json, "postalState"),
                text(json, "postalCode"),
                text(json, "stateOfResidence"),
                text(json, "emergencyContactName"),
                text(json, "emergencyContactPhone"),
                text(json, "insurancePayer"),
                text(json, "insuranceMemberId"));
    }

    private static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw new Invalid(
                "The field " + name + " must be a string.", Map.of(name, "Must be text."));
    }

    static Map<String, Object> toMap(Identity i) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("legalFirstName", i.legalFirstName());
        map.put("legalMiddleName", i.legalMiddleName());
        map.put("legalLastName", i.legalLastName());
        map.put("dateOfBirth", i.dateOfBirth() == null ? null : i.dateOfBirth().toString());
        map.put("phone", i.phone());
        map.put("streetAddress", i.streetAddress());
        map.put("city", i.city());
        map.put("postalState", i.postalState());
        map.put("postalCode", i.postalCode());
        map.put("stateOfResidence", i.stateOfResidence());
        map.put("emergencyContactName", i.emergencyContactName());
        map.put("emergencyContactPhone", i.emergencyContactPhone());
        map.put("insurancePayer", i.insurancePayer());
        map.put("insuranceMemberId", i.insuranceMemberId());
        return map;
    }
}
