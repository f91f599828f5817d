package org.openiop.plugin.eligibility.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openiop.plugin.spi.EligibilityRequest;
import org.openiop.plugin.spi.PluginException;

class Inquiry270Test {

    static final Map<String, String> CONFIG =
            Map.of(
                    "endpoint",
                    "https://clearinghouse.example.org/270",
                    "sender-id",
                    "IOPPLATFORM",
                    "receiver-id",
                    "PAYERCLEARING",
                    "provider-name",
                    "Example IOP Clinic",
                    "provider-npi",
                    "1234567893",
                    "originator-id",
                    "9IOPPLATFM",
                    "usage",
                    "T",
                    "service-types",
                    "MH,30");

    static X12Settings settings(Map<String, String> config) {
        return X12Settings.read(p -> java.util.Optional.ofNullable(config.get(p)));
    }

    static final EligibilityRequest.Member JANE =
            new EligibilityRequest.Member("W123456789", "Jane", "Doe", LocalDate.of(1980, 1, 1));

    /**
     * A minimal 270 for an IOP, worked out from the ASC X12 005010X279A1 structure (ISA 106
     * characters, SE01 = 14): what the plugin must write, segment for segment, for {@link #JANE}.
     */
    static final String REFERENCE =
            """
            ISA*00*          *00*          *ZZ*IOPPLATFORM    *ZZ*PAYERCLEARING  *260115*1230*^*00501*000000101*0*T*:~
            GS*HS*IOPPLATFORM*PAYERCLEARING*20260115*1230*101*X*005010X279A1~
            ST*270*0001*005010X279A1~
            BHT*0022*13*IOP0001*20260115*1230~
            HL*1**20*1~
            NM1*PR*2*EXAMPLE HEALTH PLAN*****PI*99999~
            HL*2*1*21*1~
            NM1*1P*2*EXAMPLE IOP CLINIC*****XX*1234567893~
            HL*3*2*22*0~
            TRN*1*IOP0001*9IOPPLATFM~
            NM1*IL*1*DOE*JANE****MI*W123456789~
            DMG*D8*19800101~
            DTP*291*D8*20260115~
            EQ*MH~
            EQ*30~
            SE*14*0001~
            GE*1*101~
            IEA*1*000000101~
            """;

    @Test
    void theSubscriber270MatchesTheWorkedExampleSegmentForSegment() {
        EligibilityRequest request =
                new EligibilityRequest(
                        "99999",
                        "Example Health Plan",
                        JANE,
                        List.of(),
                        LocalDate.of(2026, 1, 15),
                        "IOP0001");
        Inquiry270.Written written =
                new Inquiry270(settings(CONFIG))
                        .write(request, 101, LocalDateTime.of(2026, 1, 15, 12, 30));
        assertEquals(REFERENCE.strip(), written.text().strip().replace("\r", ""));
        assertEquals(14, written.transactionSegments());
        String isa = written.text().lines().findFirst().orElseThrow();
        assertEquals(
                106, isa.length(), "the ISA is fixed-width: 106 characters with its terminator");
        // StAEDI reads it back with its envelope checks on.
        assertEquals(
                "270",
                new Interchange()
                        .read(written.text().getBytes(StandardCharsets.US_ASCII), "270")
                        .get(1)
                        .get(1));
    }

    @Test
    void aDependentGoesIn2000DUnderTheSubscriberWithTheCardHoldersId() {
        EligibilityRequest.Member child =
                new EligibilityRequest.Member(
                        "W123456789", "Sam", "Doe", LocalDate.of(2012, 6, 30));
        EligibilityRequest request =
                new EligibilityRequest(
                        "99999",
                        "Example Health Plan",
                        child,
                        List.of("AI", "MH"),
                        LocalDate.of(2026, 1, 15),
                        "IOP0002",
                        JANE);
        Inquiry270.Written written =
                new Inquiry270(settings(CONFIG))
                        .write(request, 102, LocalDateTime.of(2026, 1, 15, 12, 30));
        List<String> lines = written.text().strip().lines().toList();
        int sub = lines.indexOf("HL*3*2*22*1~");
        assertTrue(sub > 0, written.text());
        assertEquals("NM1*IL*1*DOE*JANE****MI*W123456789~", lines.get(sub + 2));
        assertEquals("HL*4*3*23*0~", lines.get(sub + 4));
        assertEquals("NM1*03*1*DOE*SAM~", lines.get(sub + 5));
        assertEquals("DMG*D8*20120630~", lines.get(sub + 6));
        assertTrue(lines.containsAll(List.of("EQ*AI~", "EQ*MH~")));
        assertFalse(
                lines.contains("EQ*30~"),
                "the request's service types replace the configured ones");
        assertEquals("SE*" + written.transactionSegments() + "*0001~", lines.get(lines.size() - 3));
        new Interchange().read(written.text().getBytes(StandardCharsets.US_ASCII), "270");
    }

    @Test
    void delimitersInNamesCannotBreakTheSegment() {
        EligibilityRequest.Member odd =
                new EligibilityRequest.Member("W1*2~3", "Zoë", "O'Brien*Smith~", null);
        EligibilityRequest request =
                new EligibilityRequest(
                        "99999", "Plan", odd, List.of(), LocalDate.of(2026, 1, 15), "IOP0003");
        String text =
                new Inquiry270(settings(CONFIG))
                        .write(request, 103, LocalDateTime.of(2026, 1, 15, 12, 30))
                        .text();
        assertTrue(text.contains("NM1*IL*1*O'BRIEN SMITH*ZOE****MI*W1 2 3~"), text);
        assertFalse(text.contains("DMG"), "no date of birth, no DMG");
        new Interchange().read(text.getBytes(StandardCharsets.US_ASCII), "270");
    }

    @Test
    void badSettingsAreRefusedWithWhatToFix() {
        Map<String, String> badNpi = new java.util.HashMap<>(CONFIG);
        badNpi.put("provider-npi", "1234567890");
        assertTrue(
                assertThrows(PluginException.class, () -> settings(badNpi))
                        .getMessage()
                        .contains("not a valid NPI"));
        Map<String, String> plainHttp = new java.util.HashMap<>(CONFIG);
        plainHttp.put("endpoint", "http://clearinghouse.example.org/270");
        assertTrue(
                assertThrows(PluginException.class, () -> settings(plainHttp))
                        .getMessage()
                        .contains("https"));
        Map<String, String> badType = new java.util.HashMap<>(CONFIG);
        badType.put("service-types", "30,ZZ");
        assertTrue(
                assertThrows(PluginException.class, () -> settings(badType))
                        .getMessage()
                        .contains("ZZ"));
        assertTrue(Npi.valid("1234567893"));
        assertFalse(Npi.valid("1234567894"));
    }
}
