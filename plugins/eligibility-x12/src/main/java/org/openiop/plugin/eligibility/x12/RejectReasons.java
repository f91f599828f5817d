package org.openiop.plugin.eligibility.x12;

import java.util.Map;
import java.util.Set;

/**
 * AAA reject reasons (element 901) and follow-up actions (element 889), each with what a person at
 * intake can do about it. The names follow the X12 code lists for 005010X279A1.
 */
final class RejectReasons {

    /** Reason → {what the payer said, what to do}. */
    private static final Map<String, String[]> REASONS =
            Map.ofEntries(
                    entry(
                            "04",
                            "Authorized quantity exceeded",
                            "The payer limits how often it can be asked; try again tomorrow."),
                    entry(
                            "15",
                            "Required application data missing",
                            "Something the payer needs is missing; check the member id, name "
                                    + "and date of birth on the participant's coverage."),
                    entry(
                            "33",
                            "Input errors",
                            "The payer could not read the inquiry; check the coverage details and"
                                    + " try again."),
                    entry(
                            "35",
                            "Out of network",
                            "The program is out of this plan's network; talk to the participant"
                                    + " about out-of-network costs."),
                    entry(
                            "41",
                            "Authorization/access restrictions",
                            "The payer does not let this provider ask; check the program's "
                                    + "enrollment with the payer or clearinghouse."),
                    entry(
                            "42",
                            "Unable to respond at current time",
                            "The payer cannot answer right now; try again later (OpenIOP "
                                    + "checks again automatically)."),
                    entry(
                            "43",
                            "Invalid/missing provider identification",
                            "The payer does not know the program's NPI; check the NPI "
                                    + "in the eligibility plugin's settings."),
                    entry(
                            "44",
                            "Invalid/missing provider name",
                            "Check the provider name in the eligibility plugin's settings."),
                    entry(
                            "45",
                            "Invalid/missing provider specialty",
                            "The payer needs the provider's specialty; ask the clearinghouse "
                                    + "what it expects."),
                    entry(
                            "47",
                            "Invalid/missing provider state",
                            "The payer needs the provider's state; ask the clearinghouse."),
                    entry(
                            "48",
                            "Invalid/missing referring provider identification number",
                            "The payer needs a referring provider."),
                    entry(
                            "49",
                            "Provider is not primary care physician",
                            "This plan needs the primary care physician to ask."),
                    entry(
                            "50",
                            "Provider ineligible for inquiries",
                            "The program is not enrolled to ask this payer; check enrollment "
                                    + "with the payer or clearinghouse."),
                    entry(
                            "51",
                            "Provider not on file",
                            "The payer has no record of the program's NPI; check enrollment with"
                                    + " the payer."),
                    entry(
                            "52",
                            "Service dates not within provider plan enrollment",
                            "The program was not enrolled with the plan on " + "that date."),
                    entry(
                            "53",
                            "Inquired benefit inconsistent with provider type",
                            "Ask about a service type that fits the program "
                                    + "(for example MH or AI)."),
                    entry("56", "Inappropriate date", "Check the date of service."),
                    entry("57", "Invalid/missing date(s) of service", "Check the date of service."),
                    entry(
                            "58",
                            "Invalid/missing date-of-birth",
                            "Check the participant's date of birth against the insurance card."),
                    entry(
                            "60",
                            "Date of birth follows date(s) of service",
                            "The date of birth is after the date of service; correct it."),
                    entry(
                            "61",
                            "Date of death precedes date(s) of service",
                            "The payer's record disagrees; call the payer."),
                    entry(
                            "62",
                            "Date of service not within allowable inquiry period",
                            "Ask about a date within the payer's window "
                                    + "(usually up to 12 months back and the current month)."),
                    entry("63", "Date of service in future", "Ask about today or an earlier date."),
                    entry(
                            "71",
                            "Patient birth date does not match that for the patient on the"
                                    + " database",
                            "Check the date of birth " + "against the insurance card."),
                    entry(
                            "72",
                            "Invalid/missing subscriber/insured ID",
                            "The payer does not recognise the member id; check it against "
                                    + "the insurance card and correct it."),
                    entry(
                            "73",
                            "Invalid/missing subscriber/insured name",
                            "Check the spelling of the name against the insurance card."),
                    entry(
                            "74",
                            "Invalid/missing subscriber/insured gender code",
                            "The payer needs the gender as on the insurance card."),
                    entry(
                            "75",
                            "Subscriber/insured not found",
                            "The payer found nobody with these details; check the member id, "
                                    + "name and date of birth against the insurance card."),
                    entry(
                            "76",
                            "Duplicate subscriber/insured ID number",
                            "The payer found more than one match; add the date of birth "
                                    + "or call the payer."),
                    entry(
                            "78",
                            "Subscriber/insured not in group/plan identified",
                            "The member is not in this plan; check which payer "
                                    + "and plan are on the card."),
                    entry(
                            "79",
                            "Invalid participant identification",
                            "The clearinghouse does not know the program; check the sender "
                                    + "and receiver ids in the plugin's settings."),
                    entry(
                            "80",
                            "No response received - transaction terminated",
                            "The payer did not answer the clearinghouse; try " + "again later."),
                    entry(
                            "97",
                            "Invalid or missing provider address",
                            "The payer needs the provider's address; ask the clearinghouse."),
                    entry(
                            "T4",
                            "Payer name or identifier missing",
                            "Check the payer id on the participant's coverage."));

    /** Follow-up action (AAA04) → what it asks. */
    private static final Map<String, String> FOLLOW_UPS =
            Map.of(
                    "C", "please correct and resubmit",
                    "N", "resubmission not allowed",
                    "P", "please resubmit original transaction",
                    "R", "resubmission allowed",
                    "S", "do not resubmit; inquiry initiated to a third party",
                    "W", "please wait 30 days and resubmit",
                    "X", "please wait 10 days and resubmit",
                    "Y", "do not resubmit; the payer will respond again shortly");

    /** Reasons that say nothing about the person: asking again later may work. */
    static final Set<String> TRANSIENT = Set.of("42", "80");

    private RejectReasons() {}

    private static Map.Entry<String, String[]> entry(String code, String name, String action) {
        return Map.entry(code, new String[] {name, action});
    }

    static String name(String code) {
        String[] r = REASONS.get(code);
        return r == null ? "Reject reason " + code : r[0];
    }

    static String action(String code) {
        String[] r = REASONS.get(code);
        return r == null
                ? "The payer refused the inquiry (reason " + code + "); call the payer."
                : r[1];
    }

    static String followUp(String code) {
        return code == null || code.isEmpty()
                ? null
                : FOLLOW_UPS.getOrDefault(code, "follow-up " + code);
    }
}
