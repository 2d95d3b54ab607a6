/**
 * Open311 GeoReport v2 at {@code /open311/v2}: discovery, services (our enabled
 * categories, without extra attributes), service requests (our events) to list, read and
 * create, and tokens; each in JSON and XML with the spec's element names, errors as the
 * spec's list of {@code {code, description}}. Discovery and services are public. Requests
 * are filtered by the caller, who identifies with {@code api_key} (a personal API token,
 * lk_…) or a session: staff with events.read see the events in their scope, everybody
 * their own reports, an anonymous caller none (no event is public by default). Only
 * public fields leave: never the reporter. Our states map to {@code open}, and
 * {@code closed} for closed, refused and merged events.
 */
package org.linli.events.internal.open311;
