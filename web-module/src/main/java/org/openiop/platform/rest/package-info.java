/** The REST application: bearer-token sign-in, and errors as JSON a client can act on. */
package org.openiop.platform.rest;
