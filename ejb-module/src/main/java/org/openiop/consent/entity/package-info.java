/**
 * Agreement versions and signatures, consents, disclosures, and the words the rules require; and
 * the records pages and the API read them as ({@code SignedConsent}, {@code DisclosureEntry},
 * {@code PublishedAgreement}, {@code SignedAgreement}).
 */
package org.openiop.consent.entity;
