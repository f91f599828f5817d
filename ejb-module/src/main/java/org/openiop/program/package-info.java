/** Programs, and later their groups and sessions: the schedule an IOP runs on. */
package org.openiop.program;
