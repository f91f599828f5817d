/**
 * Sealing and opening with the JDK's AES-GCM, the master key, and the identity's JSON form; and
 * what the vault asks the components that build on it: the participant component ({@link
 * org.openiop.identity.control.KnownParticipants}) and those that keep texts sealed before data
 * keys, on erasure ({@link org.openiop.identity.control.SealedTexts}).
 */
package org.openiop.identity.control;
