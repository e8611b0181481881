/** Content Metadata Service: type and trait definitions, instances, renditions, folders and full-text search. */
package io.github.iconikopentext.opentext.cms;
