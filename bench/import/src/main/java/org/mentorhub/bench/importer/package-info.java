/**
 * The bulk import benchmark: a million generated mentors as NDJSON, imported into H2 and into
 * PostgreSQL by the product's own import code, with the search index fed in bulk as the server
 * feeds it, then checked against the database.
 */
package org.mentorhub.bench.importer;
