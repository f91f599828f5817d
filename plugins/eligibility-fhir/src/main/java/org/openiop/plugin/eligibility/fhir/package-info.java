/**
 * Bundled eligibility plugin {@code eligibility-fhir}: a FHIR R4 {@code CoverageEligibilityRequest}
 * (with its Patient, Coverage and Organizations in a collection Bundle) posted to a payer's {@code
 * $submit} endpoint, and the {@code CoverageEligibilityResponse} read back, both through HAPI
 * FHIR's R4 model and JSON parser. FHIR eligibility is not a HIPAA standard transaction (that is
 * X12 270/271, 45 CFR 162.1202); payers offer it voluntarily.
 */
package org.openiop.plugin.eligibility.fhir;
