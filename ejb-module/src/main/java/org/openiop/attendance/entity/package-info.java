/** Attendance segments and the values the ledger reports. */
package org.openiop.attendance.entity;
