package org.openiop.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openiop.client.ApiClient;
import org.openiop.client.ApiException;
import org.openiop.client.api.ClinicianCredentialsApi;
import org.openiop.client.api.GroupsApi;
import org.openiop.client.api.MyConsentsApi;
import org.openiop.client.api.MyJoinApi;
import org.openiop.client.api.MyJoinTicketsApi;
import org.openiop.client.api.MyProfileApi;
import org.openiop.client.api.ParticipantsApi;
import org.openiop.client.api.ProgramAgreementsApi;
import org.openiop.client.api.ProgramsApi;
import org.openiop.client.model.AccountHandOutView;
import org.openiop.client.model.AgreementPublishedView;
import org.openiop.client.model.AgreementSigningBody;
import org.openiop.client.model.AgreementTextBody;
import org.openiop.client.model.ClinicianCredentialBody;
import org.openiop.client.model.ConsentSigningBody;
import org.openiop.client.model.ConsentTermsBody;
import org.openiop.client.model.ConsentView;
import org.openiop.client.model.EnrollmentBody;
import org.openiop.client.model.GroupBody;
import org.openiop.client.model.JoinAnswersBody;
import org.openiop.client.model.JoinLinkView;
import org.openiop.client.model.JoinTicketView;
import org.openiop.client.model.MemberBody;
import org.openiop.client.model.MyProfileView;
import org.openiop.client.model.ProgramBody;
import org.openiop.client.model.ProgramView;
import org.openiop.client.model.PseudonymBody;
import org.openiop.client.model.ScheduledView;
import org.openiop.client.model.SessionTimesBody;
import org.openiop.it.support.People;
import org.openiop.it.support.Target;
import org.openiop.it.support.Tokens;

/**
 * The journey an integrator would build first, through the generated client alone: intake enrolls a
 * participant, a program admin makes a program, a group with a licensed facilitator and a session,
 * and publishes the group agreement; the participant chooses a pseudonym, signs the agreement and
 * the Part 2 consents (42 CFR 2.31) and joins. Only signing in (Keycloak's pages) is done outside
 * the client.
 */
class ClientJourneyIT {

    /** A client for OpenIOP that sends {@code token} as the bearer. */
    static ApiClient as(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Target.app());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void enrolScheduleSignAndJoinThroughTheGeneratedClient() throws ApiException {
        ApiClient intake = as(Tokens.accessToken(Target.INTAKE, Target.STAFF_PASSWORD));
        ApiClient admin = as(Tokens.accessToken(Target.PROGRAM_ADMIN, Target.STAFF_PASSWORD));

        // Intake enrolls someone; the answer hands out a pseudonymous account.
        People.Person person = People.distinctive("Clementine");
        AccountHandOutView account =
                new ParticipantsApi(intake)
                        .participantsEnroll(
                                new EnrollmentBody()
                                        .legalFirstName(person.first())
                                        .legalLastName(person.last())
                                        .dateOfBirth(person.dateOfBirth())
                                        .phone("+1 312 555 0142")
                                        .streetAddress("77 Fictional Row")
                                        .city("Springfield")
                                        .postalState("IL")
                                        .postalCode("62704")
                                        .stateOfResidence("IL")
                                        .emergencyContactName("Casey Placeholder")
                                        .emergencyContactPhone("312-555-0143")
                                        .insurancePayer("Example Health Plan")
                                        .insuranceMemberId(person.memberId())
                                        .duplicateAcknowledged(true));
        assertNotNull(account.getParticipantId());
        assertFalse(account.getUsername().contains(person.last()), "the account is pseudonymous");

        // A clinician licensed in Illinois facilitates.
        String clinician = "it-client-" + People.letters(6);
        new ClinicianCredentialsApi(admin)
                .clinicianCredentialsRecord(
                        clinician,
                        new ClinicianCredentialBody()
                                .type(ClinicianCredentialBody.TypeEnum.LICENSE)
                                .profession(ClinicianCredentialBody.ProfessionEnum.COUNSELOR)
                                .jurisdiction("IL")
                                .number("IL-" + People.letters(5))
                                .validFrom(LocalDate.of(2020, 1, 1)));

        // The program, its group and a session that opens for joining now.
        ProgramsApi programs = new ProgramsApi(admin);
        ProgramView program =
                programs.programsCreate(
                        new ProgramBody()
                                .name("Client journey " + People.letters(6))
                                .levelOfCare(ProgramBody.LevelOfCareEnum.IOP_2_1)
                                .timeZone("America/Chicago")
                                .startsOn(LocalDate.now().minusDays(30))
                                .states(List.of("IL")));
        ScheduledView madeGroup =
                programs.programsCreateGroup(
                        program.getId().toString(),
                        new GroupBody()
                                .name("Evening group")
                                .capacity(12)
                                .videoPlugin("video-jitsi")
                                .facilitators(List.of(clinician)));
        UUID groupId = madeGroup.getGroup().getId();
        GroupsApi groups = new GroupsApi(admin);
        // java8 dates: the generator types date-time as OffsetDateTime.
        OffsetDateTime start =
                OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5).truncatedTo(ChronoUnit.MINUTES);
        ScheduledView madeSession =
                groups.groupsAddSession(
                        groupId.toString(),
                        new SessionTimesBody()
                                .startsAt(start)
                                .endsAt(start.plus(1, ChronoUnit.HOURS)));
        UUID sessionId = madeSession.getSessions().get(0).getId();
        AgreementPublishedView agreement =
                new ProgramAgreementsApi(admin)
                        .programAgreementsPublish(
                                program.getId().toString(),
                                new AgreementTextBody()
                                        .text("# Our group\n\nWhat is said here stays here."));
        groups.groupsAddMember(
                groupId.toString(),
                new MemberBody()
                        .participantId(account.getParticipantId())
                        .startsOn(LocalDate.now().minusDays(1)));

        // The participant signs in for the first time, sets a password and picks a pseudonym.
        ApiClient participant =
                as(
                        Tokens.accessToken(
                                account.getUsername(),
                                account.getTemporaryPassword(),
                                "New-Secret-" + People.letters(8) + "7A"));
        MyProfileApi profile = new MyProfileApi(participant);
        String pseudonym = profile.myProfileSuggestions().get(0);
        MyProfileView chosen =
                profile.myProfileChoosePseudonym(new PseudonymBody().pseudonym(pseudonym));
        assertEquals(pseudonym, chosen.getPseudonym());

        // The group agreement, then the Part 2 consents, signed with the pseudonym.
        MyConsentsApi consents = new MyConsentsApi(participant);
        consents.myConsentsSignAgreement(
                new AgreementSigningBody()
                        .programId(program.getId())
                        .sha256(agreement.getSha256())
                        .agree(true)
                        .signature(pseudonym));
        List<ConsentView> signed =
                consents.myConsentsSign(
                        new ConsentSigningBody()
                                .signature(pseudonym)
                                .consents(
                                        List.of(
                                                new ConsentTermsBody()
                                                        .type(ConsentTermsBody.TypeEnum.TELEHEALTH)
                                                        .recipientClass(
                                                                ConsentTermsBody.RecipientClassEnum
                                                                        .TREATMENT_TEAM)
                                                        .purpose(
                                                                ConsentTermsBody.PurposeEnum
                                                                        .TELEHEALTH_CARE)
                                                        .information("Group sessions by video")
                                                        .expiresOnDischarge(true),
                                                new ConsentTermsBody()
                                                        .type(ConsentTermsBody.TypeEnum.TPO)
                                                        .recipientClass(
                                                                ConsentTermsBody.RecipientClassEnum
                                                                        .TREATMENT_TEAM)
                                                        .purpose(
                                                                ConsentTermsBody.PurposeEnum
                                                                        .TREATMENT)
                                                        .information("Attendance and group notes")
                                                        .expiresOnDischarge(true))));
        assertEquals(2, signed.size());

        // And joins: where they are today, the agreement reaffirmed, camera off.
        JoinTicketView ticket =
                new MyJoinApi(participant)
                        .myJoinJoin(
                                sessionId.toString(),
                                new JoinAnswersBody()
                                        .location("IL")
                                        .reaffirmed(true)
                                        .camera(JoinAnswersBody.CameraEnum.CAMERA_OFF));
        String ticketId =
                ticket.getTicketUrl().substring(ticket.getTicketUrl().lastIndexOf('/') + 1);
        JoinLinkView link = new MyJoinTicketsApi(participant).myJoinTicketsRedeem(ticketId);
        assertTrue(link.getUrl().startsWith("https://"), link.getUrl());
        assertFalse(link.getUrl().contains(person.last()), "the vendor's link carries no identity");
    }
}
