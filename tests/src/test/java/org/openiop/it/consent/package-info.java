/** Agreements, Part 2 consents, the disclosures ledger and its accounting (42 CFR 2.25). */
package org.openiop.it.consent;
