/**
 * The database: a data source chosen by configuration (embedded H2 or PostgreSQL) and the Flyway
 * migrations that own its schema.
 */
package org.mentorhub.platform.persistence;
