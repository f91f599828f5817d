package org.openiop.identity.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.openiop.identity.entity.Identity;

/**
 * The plaintext form of an identity inside the seal: a small JSON object, never written anywhere
 * else.
 */
public final class IdentityJson {

    private IdentityJson() {}

    public static byte[] toBytes(Identity i) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        put(json, "legalFirstName", i.legalFirstName());
        put(json, "legalMiddleName", i.legalMiddleName());
        put(json, "legalLastName", i.legalLastName());
        put(json, "dateOfBirth", i.dateOfBirth() == null ? null : i.dateOfBirth().toString());
        put(json, "phone", i.phone());
        put(json, "streetAddress", i.streetAddress());
        put(json, "city", i.city());
        put(json, "postalState", i.postalState());
        put(json, "postalCode", i.postalCode());
        put(json, "stateOfResidence", i.stateOfResidence());
        put(json, "emergencyContactName", i.emergencyContactName());
        put(json, "emergencyContactPhone", i.emergencyContactPhone());
        put(json, "insurancePayer", i.insurancePayer());
        put(json, "insuranceMemberId", i.insuranceMemberId());
        return json.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    public static Identity fromBytes(byte[] bytes) {
        try (JsonReader reader =
                Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            JsonObject o = reader.readObject();
            String born = o.getString("dateOfBirth", null);
            return new Identity(
                    o.getString("legalFirstName", null),
                    o.getString("legalMiddleName", null),
                    o.getString("legalLastName", null),
                    born == null ? null : LocalDate.parse(born),
                    o.getString("phone", null),
                    o.getString("streetAddress", null),
                    o.getString("city", null),
                    o.getString("postalState", null),
                    o.getString("postalCode", null),
                    o.getString("stateOfResidence", null),
                    o.getString("emergencyContactName", null),
                    o.getString("emergencyContactPhone", null),
                    o.getString("insurancePayer", null),
                    o.getString("insuranceMemberId", null));
        }
    }

    private static void put(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
