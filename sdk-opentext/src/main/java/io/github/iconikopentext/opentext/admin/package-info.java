/** Developer Admin (Admin Center) API: tenants, users, groups, apps and service clients. App and client shapes are UNCONFIRMED. */
@NullMarked
package io.github.iconikopentext.opentext.admin;

import org.jspecify.annotations.NullMarked;
