/** REST resources about the caller's own account. */
package org.openiop.account.rest;
