/**
 * Participants: enrollment, temporary passwords, discharge and erasure, a clinician's scope, and
 * the participant pages.
 */
package org.openiop.it.participant;
