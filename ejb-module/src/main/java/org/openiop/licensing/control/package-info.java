/** The licensing decisions as JSON, and the decisions' claim on the sessions they were made for. */
package org.openiop.licensing.control;
