package org.openiop.consent.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import org.openiop.consent.entity.Consent;
import org.openiop.consent.entity.ConsentTerms;
import org.openiop.consent.entity.ConsentType;
import org.openiop.consent.entity.Disclosure;
import org.openiop.consent.entity.DisclosurePurpose;
import org.openiop.consent.entity.RecipientClass;
import org.openiop.platform.boundary.Invalid;
import org.openiop.platform.rest.JsonFields;

/** JSON for consents and disclosures, both ways. */
final class ConsentJson {

    private ConsentJson() {}

    static JsonObjectBuilder of(Consent c) {
        JsonObjectBuilder json =
                Json.createObjectBuilder()
                        .add("id", c.getId().toString())
                        .add("type", c.getType().name())
                        .add("recipientClass", c.getRecipientClass().name())
                        .add("purpose", c.getPurpose().name())
                        .add("information", c.getInformation())
                        .add("expiresOnDischarge", c.isExpiresOnDischarge())
                        .add("revocationStatement", c.getRevocationStatement())
                        .add("signature", c.getSignature())
                        .add("signedAt", c.getSignedAt().toString())
                        .add("revoked", c.isRevoked());
        if (c.getRecipientName() != null) {
            json.add("recipientName", c.getRecipientName());
        }
        if (c.getPurposeText() != null) {
            json.add("purposeText", c.getPurposeText());
        }
        if (c.getExpiresOn() != null) {
            json.add("expiresOn", c.getExpiresOn().toString());
        }
        if (c.isRevoked()) {
            json.add("revokedAt", c.getRevokedAt().toString())
                    .add("revocation", c.getRevocationText());
        }
        return json;
    }

    static JsonObjectBuilder of(Disclosure d) {
        JsonObjectBuilder json =
                Json.createObjectBuilder()
                        .add("id", d.getId().toString())
                        .add("recipient", d.getRecipient())
                        .add("recipientClass", d.getRecipientClass().name())
                        .add("disclosedAt", d.getDisclosedAt().toString())
                        .add("description", d.getDescription())
                        .add("purpose", d.getPurpose().name())
                        .add("notice", d.getNotice());
        if (d.getConsentId() != null) {
            json.add("consentId", d.getConsentId().toString());
        }
        return json;
    }

    /**
     * {@code {"signature": "...", "consents": [ {type, recipientClass, recipientName, purpose, ...}
     * ]}}
     */
    static List<ConsentTerms> terms(JsonObject body) {
        JsonFields.of(body);
        if (!body.containsKey("consents")
                || body.isNull("consents")
                || body.get("consents").getValueType() != jakarta.json.JsonValue.ValueType.ARRAY) {
            throw new Invalid("'consents' must be a list of consents to sign.");
        }
        List<ConsentTerms> out = new ArrayList<>();
        for (JsonObject c : body.getJsonArray("consents").getValuesAs(JsonObject.class)) {
            JsonFields f = JsonFields.of(c);
            Boolean discharge =
                    c.containsKey("expiresOnDischarge") && !c.isNull("expiresOnDischarge")
                            ? c.getBoolean("expiresOnDischarge", false)
                            : Boolean.FALSE;
            out.add(
                    new ConsentTerms(
                            f.choice("type", ConsentType.class),
                            f.choice("recipientClass", RecipientClass.class),
                            f.text("recipientName"),
                            f.choice("purpose", DisclosurePurpose.class),
                            f.text("purposeText"),
                            f.text("information"),
                            f.date("expiresOn"),
                            discharge));
        }
        return out;
    }
}
