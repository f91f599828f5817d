/**
 * What a join leaves behind: the attempt with place of service, verdict, re-affirmation and ticket;
 * and {@code JoinSummary}, an attempt as pages and the API read it, without the ticket.
 */
package org.openiop.join.entity;
