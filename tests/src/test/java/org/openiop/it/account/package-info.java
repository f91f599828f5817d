/** The account OpenIOP provisions participants with, and what it may do in Keycloak. */
package org.openiop.it.account;
