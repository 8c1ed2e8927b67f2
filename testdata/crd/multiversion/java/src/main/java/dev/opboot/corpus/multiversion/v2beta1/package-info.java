/**
 * The next version of the multi.opboot.dev API; its fields are required unless marked optional.
 */
@RequiredByDefault
package dev.opboot.corpus.multiversion.v2beta1;

import dev.opboot.annotations.RequiredByDefault;
