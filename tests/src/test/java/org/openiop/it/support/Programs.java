package org.openiop.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.LocalDate;

/**
 * A fresh program with one group facilitated by demo-clinician, for tests that need somewhere to
 * belong.
 */
public record Programs(String programId, String groupId) {

    public static Programs fresh(Api admin) {
        LocalDate start = LocalDate.now().minusMonths(1);
        HttpResponse<String> program =
                admin.post(
                        "/programs",
                        "{\"name\": \"IT Program "
                                + People.letters(6)
                                + "\", \"levelOfCare\": \"IOP_2_1\", \"timeZone\":"
                                + " \"America/Chicago\", \"startsOn\": \""
                                + start
                                + "\"}");
        assertEquals(201, program.statusCode(), program.body());
        String programId = Api.object(program).getString("id");
        HttpResponse<String> group =
                admin.post(
                        "/programs/" + programId + "/groups",
                        "{\"name\": \"IT Group\", "
                                + "\"facilitators\": [\""
                                + Target.CLINICIAN
                                + "\"]}");
        assertEquals(201, group.statusCode(), group.body());
        return new Programs(programId, Api.object(group).getJsonObject("group").getString("id"));
    }

    public void add(Api staff, Enrolled member) {
        add(staff, member.id());
    }

    /** Makes the participant a member of the group since a week ago. */
    public void add(Api staff, String participantId) {
        add(staff, groupId, participantId);
    }

    /** Another group of the program, facilitated by demo-clinician, with room for this many. */
    public String group(Api admin, int capacity) {
        HttpResponse<String> group =
                admin.post(
                        "/programs/" + programId + "/groups",
                        "{\"name\": \"IT Group "
                                + People.letters(4)
                                + "\", \"capacity\": "
                                + capacity
                                + ", \"facilitators\": [\""
                                + Target.CLINICIAN
                                + "\"]}");
        assertEquals(201, group.statusCode(), group.body());
        return Api.object(group).getJsonObject("group").getString("id");
    }

    /** Makes the participant a member of that group of the program since a week ago. */
    public void add(Api staff, String group, String participantId) {
        HttpResponse<String> added =
                staff.post(
                        "/groups/" + group + "/members",
                        "{\"participantId\": \""
                                + participantId
                                + "\", \"startsOn\": \""
                                + LocalDate.now().minusDays(7)
                                + "\"}");
        assertEquals(201, added.statusCode(), added.body());
    }
}
