package org.openiop.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

/** What a coverage check needs first: the participant's consent to disclose for payment. */
public final class Coverage {

    private Coverage() {}

    public static void consentToPayment(Enrolled member) {
        HttpResponse<String> signed =
                member.self()
                        .post(
                                "/me/consents",
                                "{\"signature\": \""
                                        + member.pseudonym()
                                        + "\", \"consents\": [{\"type\": \"TPO\","
                                        + " \"recipientClass\": \"HEALTH_PLAN\", \"purpose\":"
                                        + " \"PAYMENT\", \"information\": \"Member id, name and"
                                        + " date of birth, to check coverage\","
                                        + " \"expiresOnDischarge\": true}]}");
        assertEquals(201, signed.statusCode(), signed.body());
    }
}
