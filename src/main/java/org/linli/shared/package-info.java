/**
 * Shared kernel: value types every module speaks (ID card numbers, phone numbers, region
 * paths, the caller's {@link org.linli.shared.Jurisdiction}), masking of sensitive
 * values, and the platform's error types, which the web layer turns into localised
 * {@code application/problem+json}. It owns no tables and depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.linli.shared;
