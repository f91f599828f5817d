/** Agreement versions and signatures, consents, disclosures, and the words the rules require. */
package org.openiop.consent.entity;
