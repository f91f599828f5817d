/**
 * Page objects for the browser tests: each class is one page of the console or the portal, named
 * for what a person does there, and the only place that knows the page's element ids. The layout
 * both share (the language switch) is here; the pages are in {@code console} and {@code portal}.
 */
package org.openiop.it.pages;
