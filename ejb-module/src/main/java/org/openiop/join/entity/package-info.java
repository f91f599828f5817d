/**
 * What a join leaves behind: the attempt with place of service, verdict, re-affirmation and ticket;
 * and {@code JoinAttemptSummary}, an attempt as staff pages and the API show it.
 */
package org.openiop.join.entity;
