/**
 * The chain itself, in plain JDBC so that the benchmark measures the same statements the
 * application runs.
 */
package org.openiop.audit.control;
