/** Storing, reading (with a purpose, audited), break-glass and erasure of identities. */
package org.openiop.identity.boundary;
