/**
 * Attendance: who was present in which session, for how long and how, and the weekly ASAM hour
 * ledger.
 */
package org.openiop.attendance;
