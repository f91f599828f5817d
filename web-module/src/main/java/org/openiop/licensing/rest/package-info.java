/** REST for licensing checks. */
package org.openiop.licensing.rest;
