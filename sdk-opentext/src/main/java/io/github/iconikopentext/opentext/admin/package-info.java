/** Developer Admin (Admin Center) API: tenants, users, groups, apps and service clients. App and client shapes are UNCONFIRMED. */
package io.github.iconikopentext.opentext.admin;
