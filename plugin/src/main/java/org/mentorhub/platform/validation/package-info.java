/** Bean Validation constraints for the codes members type: languages, countries, time zones. */
package org.mentorhub.platform.validation;
