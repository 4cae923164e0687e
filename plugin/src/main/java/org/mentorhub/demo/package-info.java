/**
 * The demo community: a generator of realistic, varied mentors and mentees (also used by the
 * benchmarks, up to millions of profiles) and the loader that fills an empty demo database.
 */
package org.mentorhub.demo;
