/**
 * REST for enrollment, the participants list, identity reads, break-glass, discharge and erasure.
 */
package org.openiop.participant.rest;
