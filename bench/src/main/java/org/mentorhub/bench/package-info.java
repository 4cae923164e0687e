/**
 * Benchmarks of the mentor directory's search against bare Lucene and PostgreSQL full-text search
 * on the same generated data; run by {@code script/bench}, never by the build.
 */
package org.mentorhub.bench;
