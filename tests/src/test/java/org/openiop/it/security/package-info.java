/**
 * Sign-in (code flow, second factor, sign-out), idle logoff, every route for every caller and in
 * disguise, and Keycloak down.
 */
package org.openiop.it.security;
