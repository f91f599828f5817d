/**
 * The plugin test kit: abstract JUnit 5 contract tests, one per kind. A plugin's own test extends
 * the one for its kind, supplies the factory and a few queries, and inherits the checks every
 * plugin of that kind must pass. {@link TestContexts} builds the context OpenIOP would give it.
 */
package org.openiop.plugin.testkit;
