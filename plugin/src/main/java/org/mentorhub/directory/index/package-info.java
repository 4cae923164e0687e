/**
 * The mentor search index on Lucene: how a profile becomes a document, how forgiving queries are
 * built, facets, highlights and suggestions. Plain Java, so it is tested on real files in a temp
 * directory; the directory feature owns its lifecycle.
 */
package org.mentorhub.directory.index;
