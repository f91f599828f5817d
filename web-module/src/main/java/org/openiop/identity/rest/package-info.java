/** REST for the identity vault's oversight: access alerts for the privacy officer. */
package org.openiop.identity.rest;
