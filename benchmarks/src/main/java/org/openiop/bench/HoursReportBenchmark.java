package org.openiop.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.openiop.it.support.Browserless;
import org.openiop.it.support.Target;

/**
 * Server time to render the console's hours report for a program with 50 groups, 600 participants
 * and 12 weeks of attendance (generated on PostgreSQL: Mon/Wed/Fri 18:00-21:00 in Chicago, about
 * 19,000 segments), as median and 95th percentile, next to the programs page as the baseline, in
 * the same run, signed in as a program admin over loopback.
 *
 * <p>System properties as for the ITs (openiop.url, keycloak.url, oidc.client.secret,
 * openiop.db.*); argument: how many requests per page.
 */
public final class HoursReportBenchmark {

    static final String PROGRAM = "b0b0b0b0-0000-4000-8000-000000000001";
    static final int GROUPS = 50;
    static final int PER_GROUP = 12;
    static final int WEEKS = 12;

    private HoursReportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int requests = Integer.parseInt(args[0]);
        ZoneId chicago = ZoneId.of("America/Chicago");
        LocalDate thisMonday =
                LocalDate.now(chicago).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstMonday = thisMonday.minusWeeks(WEEKS - 1);
        long segments = seed(firstMonday);
        String report =
                "/console/hours/report.xhtml?program="
                        + PROGRAM
                        + "&from="
                        + firstMonday
                        + "&to="
                        + LocalDate.now(chicago);
        Browserless admin = new Browserless();
        HttpResponse<String> first =
                admin.signIn(Target.app() + report, Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD);
        int rows = first.body().split("class=\"member-hours\"", -1).length - 1;
        if (first.statusCode() != 200 || rows != GROUPS * PER_GROUP) {
            throw new IllegalStateException(
                    "The report did not show the "
                            + GROUPS * PER_GROUP
                            + " members: status "
                            + first.statusCode()
                            + ", "
                            + rows
                            + " rows");
        }
        for (int i = 0; i < 10; i++) {
            PageTimes.time(admin, report);
            PageTimes.time(admin, "/console/programs/");
        }
        List<Double> page = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            page.add(PageTimes.time(admin, report));
            baseline.add(PageTimes.time(admin, "/console/programs/"));
        }
        System.out.printf(
                "%nHours report: %d groups, %d participants, %d weeks, %,d attendance segments on"
                    + " PostgreSQL; %d requests each, signed in as a program admin (page size %,d"
                    + " bytes):%n",
                GROUPS, GROUPS * PER_GROUP, WEEKS, segments, requests, first.body().length());
        PageTimes.report("programs page (baseline)", baseline);
        PageTimes.report("hours report, 12 weeks, 600 members", page);
        System.out.printf(
                "  aim: p95 under 500 ms -> %s%n",
                PageTimes.percentile(page, 95) < 500 ? "met" : "NOT met");
    }

    /**
     * The program, groups, members, sessions and segments, once per database; returns the segment
     * count.
     */
    private static long seed(LocalDate firstMonday) throws Exception {
        try (Connection db =
                        DriverManager.getConnection(
                                Target.required("openiop.db.url"),
                                Target.required("openiop.db.user"),
                                Target.required("openiop.db.password"));
                Statement s = db.createStatement()) {
            ResultSet exists =
                    s.executeQuery("select count(*) from program where id = '" + PROGRAM + "'");
            exists.next();
            if (exists.getInt(1) == 0) {
                String start = "date '" + firstMonday.minusWeeks(2) + "'";
                s.executeUpdate(
                        "insert into program (id, name, level_of_care, time_zone, starts_on,"
                                + " version, age_band, weekly_minutes, step_down_weeks) values ('"
                                + PROGRAM
                                + "', 'Bench Evening IOP', 'IOP_2_1', "
                                + "'America/Chicago', "
                                + start
                                + ", 0, 'ADULT', 540, 2)");
                s.executeUpdate(
                        "insert into therapy_group (id, program_id, name, capacity, version) select"
                                + " ('b0b0b0b0-0000-4000-9000-' || lpad(g::text, 12, '0'))::uuid, '"
                                + PROGRAM
                                + "', 'Bench group ' || g, "
                                + PER_GROUP
                                + ", 0 from generate_series(1, "
                                + GROUPS
                                + ") g");
                s.executeUpdate(
                        "insert into group_facilitator (group_id, clinician) select id,"
                                + " 'demo-clinician' from therapy_group where program_id = '"
                                + PROGRAM
                                + "'");
                s.executeUpdate(
                        "insert into participant (id, username, pseudonym, active_pseudonym_key,"
                                + " status, enrolled_at, enrolled_by, version) select"
                                + " ('b0b0b0b0-0000-4000-a000-' || lpad(i::text, 12, '0'))::uuid,"
                                + " 'hours-' || i, 'Beacon ' || i, 'beacon' || i, 'ACTIVE', now(),"
                                + " 'bench', 0 from generate_series(1, "
                                + GROUPS * PER_GROUP
                                + ") i");
                s.executeUpdate(
                        "insert into membership (id, group_id, participant_id, starts_on, added_by,"
                                + " added_at, version) select gen_random_uuid(),"
                                + " ('b0b0b0b0-0000-4000-9000-' || lpad((1 + (i - 1) / "
                                + PER_GROUP
                                + ")::text, 12, '0'))::uuid, ('b0b0b0b0-0000-4000-a000-' ||"
                                + " lpad(i::text, 12, '0'))::uuid, "
                                + start
                                + ", 'bench', now(), 0 from generate_series(1, "
                                + GROUPS * PER_GROUP
                                + ") i");
                s.executeUpdate(
                        "insert into group_session (id, group_id, starts_at, ends_at, status,"
                            + " scheduled_day, moved, version) select gen_random_uuid(), g.id,"
                            + " (d::date + time '18:00') at time zone 'America/Chicago', (d::date +"
                            + " time '21:00') at time zone 'America/Chicago', 'SCHEDULED', d::date,"
                            + " false, 0 from therapy_group g cross join generate_series(date '"
                                + firstMonday
                                + "', current_date - 1, "
                                + "interval '1 day') d where g.program_id = '"
                                + PROGRAM
                                + "' and extract(isodow from d) in (1, 3, 5)");
                // Most members come to most sessions, a little late or early; one in ten on audio
                // only.
                s.executeUpdate(
                        "insert into attendance_segment (id, session_id, participant_id, joined_at,"
                            + " left_at, modality, source, recorded_by, recorded_at, version)"
                            + " select gen_random_uuid(), gs.id, m.participant_id, gs.starts_at +"
                            + " random() * interval '20 minutes', gs.ends_at - random() * interval"
                            + " '30 minutes', case when random() < 0.1 then 'AUDIO_ONLY' else"
                            + " 'VIDEO' end, 'MANUAL', 'bench', now(), 0 from group_session gs join"
                            + " membership m on m.group_id = gs.group_id join therapy_group g on"
                            + " g.id = gs.group_id where g.program_id = '"
                                + PROGRAM
                                + "' and random() > 0.1");
                s.execute("analyze");
            }
            ResultSet count =
                    s.executeQuery(
                            "select count(*) from attendance_segment a join group_session gs on"
                                + " gs.id = a.session_id join therapy_group g on g.id = gs.group_id"
                                + " where g.program_id = '"
                                    + PROGRAM
                                    + "'");
            count.next();
            return count.getLong(1);
        }
    }
}
