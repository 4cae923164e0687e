/** MicroProfile Health checks: ready when the database (and later the search index) answers. */
package org.mentorhub.platform.health;
