/**
 * Benchmarks: JMH for the bare cost of a join token and a webhook check, and HTTP load clients for
 * a join storm and webhook ingestion against a running plugin. {@code script/bench-webinars} runs
 * them all.
 */
package org.mentorhub.bench.webinars;
