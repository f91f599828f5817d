/**
 * Clinicians' credentials and the decisions recorded for sessions as OpenIOP keeps them, the
 * records pages and the API read them as ({@code CredentialView}, {@code RecordedDecisionView}),
 * and the rule by which the licensing plugins' answers become one decision ({@code
 * DecisionComposer}).
 */
package org.openiop.licensing.entity;
