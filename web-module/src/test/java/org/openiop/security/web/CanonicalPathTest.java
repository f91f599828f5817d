package org.openiop.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalPathTest {

    @ParameterizedTest
    @CsvSource({
        "/%63onsole/participants/index.xhtml, encoded character",
        "/console%2Fparticipants/index.xhtml, encoded character",
        "/api/../console/participants/index.xhtml, dot segment",
        "/console/./audit/index.xhtml, dot segment",
        "/console/audit/.., dot segment",
        "//console/audit/index.xhtml, empty segment",
        "/console//audit/index.xhtml, empty segment",
        "/console/audit/index.xhtml;jsessionid=x, path parameter",
        "/console;x/audit/index.xhtml, path parameter",
        "/console\\audit\\index.xhtml, backslash",
        "/Console/audit/index.xhtml, letter case",
        "/CONSOLE/audit/index.xhtml, letter case",
        "/Api/participants, letter case",
        "/pOrtal/index.xhtml, letter case",
        "console/index.xhtml, not an absolute path",
        "/console/audit/index.xhtml/, path after a page",
        "/console/index.xhtml/audit, path after a page",
    })
    void refusesEveryPathThatCouldBeReadTwoWays(String raw, String reason) {
        assertEquals(Optional.of(reason), CanonicalPath.ambiguity(raw, ""));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/index.xhtml",
                "/console/",
                "/console/participants/index.xhtml",
                "/api/participants",
                "/api/programs/3f6d0a2e-5b0c-4d8e-9f43-2f1c1d0e7a11/hours.csv",
                "/jakarta.faces.resource/theme.css.xhtml",
                "/health/ready",
                "/signin/callback",
                "/console/audit/",
                "/Unknown/page"
            })
    void letsPlainPathsThrough(String raw) {
        assertTrue(CanonicalPath.ambiguity(raw, "").isEmpty(), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/openiop/console/index.xhtml", "/openiop/"})
    void judgesThePathInsideANonRootContext(String raw) {
        assertTrue(CanonicalPath.ambiguity(raw, "/openiop").isEmpty(), raw);
        assertEquals(
                Optional.of("letter case"),
                CanonicalPath.ambiguity("/openiop/Console/index.xhtml", "/openiop"));
        assertEquals(
                Optional.of("outside the application"),
                CanonicalPath.ambiguity("/other/console/", "/openiop"));
    }
}
