/** Implementation of sdk-kafka. Not part of the API: may change in any release. */
package io.github.iconikopentext.kafka.internal;
