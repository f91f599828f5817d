/** The pseudonymous participant record and its status. */
package org.openiop.participant.entity;
