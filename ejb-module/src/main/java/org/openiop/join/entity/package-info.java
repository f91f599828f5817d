/**
 * What a join leaves behind: the attempt with place of service, verdict, re-affirmation and ticket.
 */
package org.openiop.join.entity;
