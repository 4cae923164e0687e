/** What the tests share: an HTTP client for the API, token minting, and the database session. */
package org.mentorhub.testing;
