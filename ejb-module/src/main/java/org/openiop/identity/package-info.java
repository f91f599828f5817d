/**
 * The identity vault: the only place a participant's real identity is kept, sealed with AES-256-GCM
 * under the participant's own data key, which the master key wraps (docs/anonymity.md, invariant
 * 2).
 */
package org.openiop.identity;
