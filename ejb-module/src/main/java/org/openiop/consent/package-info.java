/**
 * Consent: confidentiality agreements, 42 CFR Part 2 consents and the disclosures ledger. Before
 * OpenIOP discloses anything about a participant it asks {@code Consents.permits}.
 */
package org.openiop.consent;
