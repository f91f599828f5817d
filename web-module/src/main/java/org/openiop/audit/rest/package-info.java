/** REST for checking the audit chain. */
package org.openiop.audit.rest;
