/**
 * Attendance segments and the values the ledger reports; and the records pages and the API read a
 * session's roster as ({@code RosterEntry}, {@code SegmentSummary}).
 */
package org.openiop.attendance.entity;
