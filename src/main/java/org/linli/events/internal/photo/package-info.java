/**
 * 事件照片 — photos residents attach to a report (随手拍) and handlers to their 反馈 step. An
 * upload is checked by its content, not its name (JPEG, PNG or WebP only), by size and by
 * pixel count before it is decoded (no decompression bombs); its GPS point is read and
 * may place the report, then only a copy without metadata is kept (re-encoded through
 * javax.imageio, WebP with its EXIF and XMP chunks dropped), so nobody who sees a photo
 * learns where the reporter lives. Bytes go to a {@link FileStore} (local disk now,
 * S3-compatible storage later); photos are served to the reporter and to staff whose
 * scope covers the event, "not found" to everybody else.
 */
package org.linli.events.internal.photo;
