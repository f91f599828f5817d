/**
 * Tests that talk to OpenIOP only through the Java client openapi-generator makes from its
 * /openapi: they prove the API document is complete enough to build on.
 */
package org.openiop.it.client;
