/** Sealing and opening with the JDK's AES-GCM, the master key, and the identity's JSON form. */
package org.openiop.identity.control;
