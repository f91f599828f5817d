/**
 * Attendance segments and the values the ledger reports; and {@code SegmentSummary}, a segment as
 * pages and the API read it.
 */
package org.openiop.attendance.entity;
