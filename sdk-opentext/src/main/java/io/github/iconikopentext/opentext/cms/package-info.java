/** Content Metadata Service: type and trait definitions, instances, renditions, folders and full-text search. */
@NullMarked
package io.github.iconikopentext.opentext.cms;

import org.jspecify.annotations.NullMarked;
