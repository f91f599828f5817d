/**
 * REST for agreements, consents and the disclosures ledger: the participant's own under /me, staff
 * views elsewhere.
 */
package org.openiop.consent.rest;
