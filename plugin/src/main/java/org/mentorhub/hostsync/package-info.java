/**
 * Host integration: bulk import of the host's existing mentors and mentees from NDJSON, as
 * background jobs that write in JDBC chunks and feed the search index in bulk.
 */
package org.mentorhub.hostsync;
