/** Spring Boot Actuator contributions: the integration's health indicator and info contributor. */
package io.github.iconikopentext.spring.boot.actuate;
