package org.openiop.plugin.eligibility.fhir;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.CoverageEligibilityRequest;
import org.hl7.fhir.r4.model.CoverageEligibilityRequest.EligibilityRequestPurpose;
import org.hl7.fhir.r4.model.CoverageEligibilityRequest.EligibilityRequestStatus;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.openiop.plugin.spi.EligibilityRequest;

/**
 * Builds the request: a collection Bundle whose first entry is the CoverageEligibilityRequest
 * (purpose validation and benefits, one item per service type in the X12 service type code system),
 * followed by what it references: the patient, their Coverage (subscriber id, relationship), the
 * insurer and the provider (NPI). Only what the payer needs to find the member goes in: no address,
 * no phone, no diagnosis.
 */
final class EligibilityBundle {

    static final String X12_SERVICE_TYPES = "https://codesystem.x12.org/005010/1365";
    static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    static final String PAYER_IDS = "urn:openiop:payer-id";
    static final String RELATIONSHIP =
            "http://terminology.hl7.org/CodeSystem/subscriber-relationship";

    private EligibilityBundle() {}

    static Bundle of(EligibilityRequest request, FhirSettings settings, Date now) {
        Patient patient = person("patient", request.member());
        Organization insurer = new Organization();
        insurer.setId("insurer");
        insurer.addIdentifier().setSystem(PAYER_IDS).setValue(request.payerId());
        if (request.payerName() != null) {
            insurer.setName(request.payerName());
        }
        Organization provider = new Organization();
        provider.setId("provider");
        provider.addIdentifier().setSystem(NPI).setValue(settings.providerNpi());
        provider.setName(settings.providerName());

        Coverage coverage = new Coverage();
        coverage.setId("coverage");
        coverage.setStatus(Coverage.CoverageStatus.ACTIVE);
        coverage.setBeneficiary(ref(patient));
        coverage.setSubscriberId(
                request.forDependent()
                        ? request.subscriber().memberId()
                        : request.member().memberId());
        coverage.addPayor(ref(insurer));
        Patient subscriber = null;
        if (request.forDependent()) {
            subscriber = person("subscriber", request.subscriber());
            coverage.setSubscriber(ref(subscriber));
            coverage.setRelationship(
                    new CodeableConcept(new Coding(RELATIONSHIP, "child", "Child")));
        } else {
            coverage.setRelationship(new CodeableConcept(new Coding(RELATIONSHIP, "self", "Self")));
        }

        CoverageEligibilityRequest ask = new CoverageEligibilityRequest();
        ask.setId("request");
        ask.addIdentifier().setSystem("urn:openiop:eligibility-trace").setValue(request.traceId());
        ask.setStatus(EligibilityRequestStatus.ACTIVE);
        ask.addPurpose(EligibilityRequestPurpose.VALIDATION);
        ask.addPurpose(EligibilityRequestPurpose.BENEFITS);
        ask.setPatient(ref(patient));
        ask.setServiced(
                new DateType(Date.from(request.date().atStartOfDay(ZoneOffset.UTC).toInstant())));
        ask.setCreated(now);
        ask.setProvider(ref(provider));
        ask.setInsurer(ref(insurer));
        ask.addInsurance().setFocal(true).setCoverage(ref(coverage));
        List<String> types =
                request.serviceTypes().isEmpty() ? settings.serviceTypes() : request.serviceTypes();
        for (String type : types) {
            ask.addItem()
                    .setCategory(new CodeableConcept(new Coding(X12_SERVICE_TYPES, type, null)));
        }

        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        add(bundle, ask);
        add(bundle, patient);
        if (subscriber != null) {
            add(bundle, subscriber);
        }
        add(bundle, coverage);
        add(bundle, insurer);
        add(bundle, provider);
        return bundle;
    }

    private static Patient person(String id, EligibilityRequest.Member m) {
        Patient p = new Patient();
        p.setId(id);
        var name = p.addName();
        if (m.lastName() != null) {
            name.setFamily(m.lastName());
        }
        if (m.firstName() != null) {
            name.addGiven(m.firstName());
        }
        if (m.dateOfBirth() != null) {
            p.setBirthDateElement(new DateType(m.dateOfBirth().toString()));
        }
        return p;
    }

    private static Reference ref(Resource r) {
        return new Reference(r.getResourceType().name() + "/" + r.getIdElement().getIdPart());
    }

    private static void add(Bundle bundle, Resource r) {
        bundle.addEntry()
                .setFullUrl(
                        "urn:openiop:"
                                + r.getResourceType().name()
                                + "/"
                                + r.getIdElement().getIdPart())
                .setResource(r);
    }
}
