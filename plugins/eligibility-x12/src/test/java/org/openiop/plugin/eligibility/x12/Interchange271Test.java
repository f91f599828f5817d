package org.openiop.plugin.eligibility.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Envelope checks on a minimal 271 worked out from the ASC X12 005010X279A1 structure; {@link
 * #ACTIVE} is also the document the 271 parsing benchmark ({@code X12ParseBenchmark}) reads.
 */
class Interchange271Test {

    static final String ACTIVE =
            """
            ISA*00*          *00*          *ZZ*PAYERCLEARING  *ZZ*IOPPLATFORM    *260115*1231*^*00501*000000102*0*T*:~
            GS*HB*PAYERCLEARING*IOPPLATFORM*20260115*1231*102*X*005010X279A1~
            ST*271*0001*005010X279A1~
            BHT*0022*11*IOPREQ0001*20260115*1231~
            HL*1**20*1~
            NM1*PR*2*EXAMPLE HEALTH PLAN*****PI*99999~
            HL*2*1*21*1~
            NM1*1P*2*EXAMPLE IOP CLINIC*****XX*1234567893~
            HL*3*2*22*0~
            TRN*2*IOP0001*9IOPPLATFM~
            NM1*IL*1*DOE*JANE****MI*W123456789~
            DMG*D8*19800101*F~
            DTP*346*D8*20260101~
            EB*1*IND*30^MH*PR*EXAMPLE PPO~
            EB*B*IND*MH*PR**27*30*****Y~
            EB*C*IND*MH*PR**23*1500*****Y~
            EB*C*IND*MH*PR**29*1200*****Y~
            EB*A*IND*MH*PR**27**.2****N~
            SE*17*0001~
            GE*1*102~
            IEA*1*000000102~
            """;

    static List<Segment> read(String text) {
        return new Interchange().read(text.getBytes(StandardCharsets.US_ASCII), "271");
    }

    @Test
    void theWorkedExampleReadsWithRepetitionsKept() {
        List<Segment> segments = read(ACTIVE);
        Segment eb = segments.stream().filter(s -> s.tag.equals("EB")).findFirst().orElseThrow();
        assertEquals(List.of("30", "MH"), eb.repeats(3));
        assertEquals("EXAMPLE PPO", eb.get(5));
    }

    @Test
    void aWrongSegmentCountIsRejected() {
        X12Exception e =
                assertThrows(
                        X12Exception.class,
                        () -> read(ACTIVE.replace("SE*17*0001~", "SE*16*0001~")));
        assertTrue(e.getMessage().contains("SE01 does not match the count"), e.getMessage());
    }

    @Test
    void mismatchedControlNumbersAreRejected() {
        X12Exception se =
                assertThrows(
                        X12Exception.class,
                        () -> read(ACTIVE.replace("SE*17*0001~", "SE*17*0002~")));
        assertTrue(
                se.getMessage().contains("SE02 does not match the control number"),
                se.getMessage());
        X12Exception ge =
                assertThrows(
                        X12Exception.class, () -> read(ACTIVE.replace("GE*1*102~", "GE*1*103~")));
        assertTrue(ge.getMessage().contains("GE02"), ge.getMessage());
        X12Exception iea =
                assertThrows(
                        X12Exception.class,
                        () -> read(ACTIVE.replace("IEA*1*000000102~", "IEA*1*000000109~")));
        assertTrue(iea.getMessage().contains("IEA02"), iea.getMessage());
        X12Exception count =
                assertThrows(
                        X12Exception.class, () -> read(ACTIVE.replace("GE*1*102~", "GE*2*102~")));
        assertTrue(count.getMessage().contains("GE01"), count.getMessage());
    }

    @Test
    void somethingElseThanA271OrNotX12IsRejected() {
        assertTrue(
                assertThrows(
                                X12Exception.class,
                                () ->
                                        read(
                                                ACTIVE.replace("ST*271", "ST*270")
                                                        .replace("GS*HB", "GS*HS")))
                        .getMessage()
                        .contains("not a 271"));
        assertThrows(X12Exception.class, () -> read("<html>Gateway timeout</html>"));
        assertThrows(X12Exception.class, () -> read(ACTIVE.substring(0, 400)));
    }
}
