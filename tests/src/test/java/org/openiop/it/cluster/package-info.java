/**
 * OpenIOP as a cluster (issue 17): Payara Micro nodes joined through Payara's data grid behind
 * HAProxy, and what happens when a node dies under users and load.
 */
package org.openiop.it.cluster;
