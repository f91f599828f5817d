/**
 * Pseudonym rules and suggestions, and the directory through which the components below
 * participants (programs, the vault) learn what they need about them.
 */
package org.openiop.participant.control;
