/**
 * How the licensing plugins' answers become one decision; and the decisions' claim on the sessions
 * they were made for.
 */
package org.openiop.licensing.control;
