/**
 * Publishing and signing agreements; signing, revoking and asking about consents; recording and
 * accounting for disclosures.
 */
package org.openiop.consent.boundary;
