/**
 * Joining a session: the gates in order (membership, window, agreement, consents, where the
 * participant is, licensing, confidentiality, camera), the single-use join ticket and the vendor
 * link.
 */
package org.openiop.join;
