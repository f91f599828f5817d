/** Pseudonym rules and suggestions. */
package org.openiop.participant.control;
