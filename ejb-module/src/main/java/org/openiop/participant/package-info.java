/**
 * Participants as everyone but intake knows them: a generated username, a chosen pseudonym and a
 * status.
 */
package org.openiop.participant;
