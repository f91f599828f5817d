package org.openiop.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonObject;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.Target;
import org.openiop.it.support.Tokens;

/**
 * The boundaries decide alone. The boundary probe (tests/probe, deployed beside OpenIOP in the H2
 * phase only) calls every EJB method directly, with no OpenIOP page, resource or filter in between:
 * signed out, every one is refused; as a participant or an auditor, exactly those whose
 * {@code @RolesAllowed} does not name the role are refused, and the others let the caller in.
 */
class BoundariesAloneIT {

    static final List<String> COMPONENTS =
            List.of(
                    "participant",
                    "identity",
                    "account",
                    "program",
                    "attendance",
                    "consent",
                    "join",
                    "licensing",
                    "eligibility",
                    "video",
                    "incident",
                    "audit",
                    "plugin");

    private static JsonObject probe(String token) {
        String url = Target.required("probe.url") + "/boundaries";
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> answer = new Browserless().send(request.build());
        assertEquals(200, answer.statusCode(), answer.body());
        return Tokens.json(answer.body());
    }

    /**
     * The public boundary method the probe reports as "Bean.method/arity", from the EJB module's
     * classes.
     */
    static Optional<Method> method(String key) {
        String bean = key.substring(0, key.indexOf('.'));
        String name = key.substring(key.indexOf('.') + 1, key.indexOf('/'));
        int arity = Integer.parseInt(key.substring(key.indexOf('/') + 1));
        for (String component : COMPONENTS) {
            try {
                return Arrays.stream(
                                Class.forName("org.openiop." + component + ".boundary." + bean)
                                        .getDeclaredMethods())
                        .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity)
                        .filter(
                                m ->
                                        java.lang.reflect.Modifier.isPublic(m.getModifiers())
                                                && !m.isSynthetic())
                        .findFirst();
            } catch (ClassNotFoundException e) {
                // another component's package
            }
        }
        return Optional.empty();
    }

    /**
     * The roles a boundary method declares (its own, else its class's); empty for a bean outside
     * the EJB module.
     */
    static Optional<List<String>> declared(String key) {
        return method(key)
                .map(
                        m -> {
                            RolesAllowed roles =
                                    m.getAnnotation(RolesAllowed.class) != null
                                            ? m.getAnnotation(RolesAllowed.class)
                                            : m.getDeclaringClass()
                                                    .getAnnotation(RolesAllowed.class);
                            return roles == null ? List.<String>of() : Arrays.asList(roles.value());
                        });
    }

    /**
     * An {@code @Asynchronous} method is checked on the container's thread after the call returns
     * (Payara logs the refusal there), so the probe cannot see the answer; only those may say so.
     */
    static boolean isAsynchronous(String key) {
        return method(key)
                .map(m -> m.isAnnotationPresent(jakarta.ejb.Asynchronous.class))
                .orElse(false);
    }

    @Test
    void signedOutEveryBoundaryMethodIsRefused() {
        JsonObject answers = probe(null);
        assertTrue(answers.size() > 100, "the probe reached the boundaries: " + answers.size());
        List<String> entered =
                answers.keySet().stream()
                        .filter(k -> !answers.getString(k).equals("refused"))
                        .filter(
                                k ->
                                        !(answers.getString(k).equals("asynchronous")
                                                && isAsynchronous(k)))
                        .toList();
        System.out.println(
                "BoundariesAloneIT: " + answers.size() + " boundary methods called signed out");
        assertEquals(List.of(), entered, "methods that let a signed-out caller in");
    }

    @Test
    void aParticipantAndAnAuditorReachExactlyWhatTheirRoleIsDeclaredFor() {
        for (var who :
                Map.of(
                                "participant",
                                Tokens.accessToken(Target.PARTICIPANT, Target.PARTICIPANT_PASSWORD),
                                "auditor",
                                Tokens.accessToken(Target.AUDITOR, Target.STAFF_PASSWORD))
                        .entrySet()) {
            JsonObject answers = probe(who.getValue());
            List<String> wrong = new ArrayList<>();
            for (String key : answers.keySet()) {
                Optional<List<String>> roles = declared(key);
                if (roles.isEmpty()) {
                    continue; // a bean outside the EJB module (the video webhook resource): open,
                    // and not called
                }
                boolean allowed = roles.get().contains(who.getKey());
                String answer = answers.getString(key);
                if (answer.equals("asynchronous") && isAsynchronous(key)) {
                    continue;
                }
                if (allowed != answer.equals("entered") || !allowed && !answer.equals("refused")) {
                    wrong.add(
                            key
                                    + " declares "
                                    + roles.get()
                                    + " but the "
                                    + who.getKey()
                                    + " was "
                                    + answer);
                }
            }
            assertEquals(List.of(), wrong);
        }
    }
}
