/**
 * Events one feature raises and others observe (CDI events, fired after the transaction that caused
 * them commits), so features stay independent of each other's services.
 */
package org.mentorhub.platform.events;
