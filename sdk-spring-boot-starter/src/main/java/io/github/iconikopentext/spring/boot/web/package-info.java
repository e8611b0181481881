/** The webhook endpoint (Spring MVC) that hands iconik's deliveries to the integration runtime. */
package io.github.iconikopentext.spring.boot.web;
