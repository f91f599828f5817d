/**
 * A local FHIR R4 payer answering CoverageEligibilityRequest Bundles from fixtures, for the
 * eligibility-fhir plugin's tests. Not part of any production plugin.
 */
package org.openiop.simulator.fhir;
