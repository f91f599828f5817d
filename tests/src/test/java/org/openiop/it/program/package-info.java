/**
 * Programs, groups, schedules, sessions and attendance: the REST API, a program admin's scope, and
 * the program pages.
 */
package org.openiop.it.program;
