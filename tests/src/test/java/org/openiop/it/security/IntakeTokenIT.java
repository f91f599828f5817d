package org.openiop.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Api;
import org.openiop.it.support.Target;
import org.openiop.it.support.Tokens;

/**
 * Run by ./openiop test just before it stops Keycloak: signs intake in and keeps the access token
 * in a file, so that {@link KeycloakDownIT} can try an enrollment while Keycloak is down, as an
 * intake user already signed in would.
 */
class IntakeTokenIT {

    @Test
    void keepAnIntakeTokenForTheOutage() throws IOException {
        String token = Tokens.accessToken(Target.INTAKE, Target.STAFF_PASSWORD);
        assertEquals(
                200, new Api(token).get("/participants?max=1").statusCode(), "the token works now");
        Files.writeString(Path.of(Target.required("openiop.token.file")), token);
    }
}
