/**
 * Console pages for participants (list, enrollment, one participant) and the portal's pseudonym
 * page.
 */
package org.openiop.participant.web;
