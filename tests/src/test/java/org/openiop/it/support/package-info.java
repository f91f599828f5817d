/**
 * What the integration tests (and the benchmarks) share: the target under test, clients for the
 * REST API and the browser, demo people, and helpers for webhooks, coverage, licensing and
 * rotation.
 */
package org.openiop.it.support;
