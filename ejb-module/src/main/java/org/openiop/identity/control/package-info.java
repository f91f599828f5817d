/**
 * Sealing and opening with the JDK's AES-GCM, the master key, and the identity's JSON form; and
 * what the vault asks the participant component ({@link
 * org.openiop.identity.control.KnownParticipants}).
 */
package org.openiop.identity.control;
