/** Enrollment, pseudonyms, the participants list, discharge and erasure. */
package org.openiop.participant.boundary;
