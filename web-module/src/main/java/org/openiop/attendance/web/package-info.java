/** Console pages for sessions, their attendance and the hours report. */
package org.openiop.attendance.web;
