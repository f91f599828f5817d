package org.openiop.plugin.video.jitsi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The HS256 token shown in lib-jitsi-meet's doc/tokens.md (the jwt.io example): key {@code secret},
 * header {"alg":"HS256","typ":"JWT"}, payload {"sub":"1234567890","name":"John Doe","admin":true}.
 */
class PublishedTokenVectorTest {

    static final String TOKEN =
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
                    + ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWV9"
                    + ".TJVA95OrM7E2cBab30RMHrHDcEfxjoYZgeFONFh7HgQ";

    @Test
    void signingThePublishedHeaderAndPayloadGivesThePublishedSignature() throws Exception {
        JWSHeader header = JWSHeader.parse(Base64URL.encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));
        JWSObject jws =
                new JWSObject(
                        header,
                        new Payload(
                                "{\"sub\":\"1234567890\",\"name\":\"John Doe\",\"admin\":true}"));
        jws.sign(new HmacSigner("secret".getBytes(StandardCharsets.UTF_8)));
        assertEquals("TJVA95OrM7E2cBab30RMHrHDcEfxjoYZgeFONFh7HgQ", jws.getSignature().toString());
        assertEquals(TOKEN, jws.serialize());
    }
}
