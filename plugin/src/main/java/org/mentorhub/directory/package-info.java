/**
 * The mentor directory: mentor profiles and mentee needs, their search and matching, and mentorship
 * requests.
 */
package org.mentorhub.directory;
