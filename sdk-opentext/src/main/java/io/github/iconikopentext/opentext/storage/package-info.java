/** Content Storage Service: streaming uploads and downloads of file bytes. */
package io.github.iconikopentext.opentext.storage;
