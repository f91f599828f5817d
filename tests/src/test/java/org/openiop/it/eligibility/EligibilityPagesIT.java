package org.openiop.it.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.it.pages.console.EligibilityPage;
import org.openiop.it.support.Api;
import org.openiop.it.support.Chromium;
import org.openiop.it.support.Coverage;
import org.openiop.it.support.Enrolled;
import org.openiop.it.support.People;
import org.openiop.it.support.Programs;
import org.openiop.it.support.Target;

/**
 * The Coverage page in a real browser: a program's batch with its live progress bar, then one
 * check.
 */
class EligibilityPagesIT {

    @Test
    void aProgramAdminChecksAWholeProgramWatchingTheBarAndThenOneMember() throws Exception {
        Api admin = Api.as(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        Api intake = Api.as(Target.INTAKE, Target.STAFF_PASSWORD);
        Programs program = Programs.fresh(admin);
        Enrolled active = Enrolled.fresh(intake, People.insured("Isolde", "ACT"));
        Enrolled slow = Enrolled.fresh(intake, People.insured("Isolde", "HANG"));
        Enrolled unconsented = Enrolled.fresh(intake, People.insured("Isolde", "ACT"));
        for (Enrolled m : List.of(active, slow, unconsented)) {
            program.add(admin, m);
        }
        Coverage.consentToPayment(active);
        Coverage.consentToPayment(slow);

        try (Chromium chromium = new Chromium()) {
            chromium.open(Target.app() + "/console/eligibility/");
            chromium.signInOnKeycloak(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
            EligibilityPage page = new EligibilityPage(chromium).awaitShown();
            chromium.assertAccessible("console-eligibility");
            page.chooseProgram(program.programId(), active.pseudonym());
            page.checkAll();
            // The bar is live: the page polls, and the value moves until the batch is finished.
            List<String> values = new ArrayList<>();
            for (int i = 0; i < 40 && !page.batchFinished(); i++) {
                String done = page.done();
                if (values.isEmpty() || !values.get(values.size() - 1).equals(done)) {
                    values.add(done);
                }
                Thread.sleep(250);
            }
            page.awaitBatchFinished();
            assertEquals("3", page.done());
            assertTrue(values.size() >= 2 || values.contains("3"), "the bar showed " + values);
            assertEquals("1", page.count("active"));
            assertEquals("1", page.count("unknown"));
            assertEquals("1", page.count("skipped"));
            String table = page.checks();
            assertTrue(
                    table.contains(active.pseudonym())
                            && table.contains(slow.pseudonym())
                            && table.contains(unconsented.pseudonym()),
                    table);
            assertTrue(table.contains("nothing was sent"), table);
            chromium.assertAccessible("console-eligibility-batch");

            page.checkOne(active.pseudonym());
            page.awaitOutcome();
            assertEquals("ACTIVE", page.outcome());
            assertTrue(page.summary().contains("copay $30.00 per visit"));
            chromium.assertAccessible("console-eligibility-result");

            page.checkOne(unconsented.pseudonym());
            page.awaitMessage(
                    "No consent in force permits disclosing to the health plan for payment");
        }
    }
}
