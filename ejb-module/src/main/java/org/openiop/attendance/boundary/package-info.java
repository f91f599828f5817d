/** Marking attendance (audited) and reading the hour ledger and reports. */
package org.openiop.attendance.boundary;
