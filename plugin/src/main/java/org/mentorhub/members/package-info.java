/**
 * Members as the host's tokens describe them: created or refreshed on first use, never fetched from
 * the host at run time.
 */
package org.mentorhub.members;
