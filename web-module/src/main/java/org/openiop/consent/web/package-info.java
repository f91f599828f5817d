/**
 * Portal pages to sign agreements and consents, revoke, print and see disclosures; console pages
 * for staff.
 */
package org.openiop.consent.web;
