/**
 * The storage version of the multi.opboot.dev API; its fields are optional unless marked required.
 */
@OptionalByDefault
package dev.opboot.corpus.multiversion.v1;

import dev.opboot.annotations.OptionalByDefault;
