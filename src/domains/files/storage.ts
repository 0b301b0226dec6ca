/**
 * The files' bytes in R2 (the Worker side: nothing here runs in the tenant object). Objects
 * are read whole (at most MAX_FILE_BYTES), hashed, and written under the tenant's key; the
 * metadata is then registered with a command. A failed or replayed registration removes the
 * objects it had written, so the bucket holds no file the tenant's state does not know.
 */
import { readUpTo } from "../../platform/body";
import { wealthosId } from "../../platform/ids";
import { contentTypeOf, MAX_FILE_BYTES, objectKey } from "./model";
import type { NewFile } from "./schema";

/** Lowercase hex SHA-256. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The last path segment: the file name of an inbound object. */
export function baseName(path: string): string {
  return path.split("/").filter(Boolean).pop() ?? path;
}

/** Writes one file's bytes under a fresh id and answers what `file.register` needs. */
export async function putFile(
  files: R2Bucket,
  tenantId: string,
  fileName: string,
  bytes: Uint8Array,
  contentType: string,
  tags: string[],
  source: { kind: "inbound_store" | "direct"; path?: string },
): Promise<NewFile> {
  const fileId = wealthosId("FILE");
  const key = objectKey(tenantId, fileId);
  const sha256 = await sha256Hex(bytes);
  await files.put(key, bytes, { httpMetadata: { contentType }, customMetadata: { tenant_id: tenantId, file_name: fileName } });
  return {
    file_id: fileId,
    file_name: fileName,
    tags,
    size: bytes.byteLength,
    content_type: contentType,
    sha256,
    object_key: key,
    source: source.kind,
    ...(source.path !== undefined && { source_path: source.path }),
  };
}

export type InboundCopy = { ok: true; files: NewFile[] } | { ok: false; missing: number[]; tooLarge: number[] };

/**
 * Copies every path (relative to `prefix` in the inbound store) into the files bucket: all or
 * nothing. Every path is checked before anything is copied; a missing or oversized object
 * copies none.
 */
export async function copyFromInbound(
  inbound: R2Bucket,
  files: R2Bucket,
  tenantId: string,
  prefix: string,
  entries: Array<{ path: string; tags: string[] }>,
): Promise<InboundCopy> {
  const heads = await Promise.all(entries.map((e) => inbound.head(`${prefix}${e.path}`)));
  const missing = heads.flatMap((h, i) => (h ? [] : [i]));
  const tooLarge = heads.flatMap((h, i) => (h && h.size > MAX_FILE_BYTES ? [i] : []));
  if (missing.length > 0 || tooLarge.length > 0) return { ok: false, missing, tooLarge };
  const written: NewFile[] = [];
  try {
    for (const entry of entries) {
      const object = await inbound.get(`${prefix}${entry.path}`);
      const bytes = object ? await readUpTo(object.body, MAX_FILE_BYTES) : null;
      if (!object || !bytes) {
        // Removed or replaced between the check and the copy: report it as missing.
        await removeFiles(files, written);
        return { ok: false, missing: [entries.indexOf(entry)], tooLarge: [] };
      }
      const name = baseName(entry.path);
      written.push(await putFile(files, tenantId, name, bytes, contentTypeOf(name, object.httpMetadata?.contentType), entry.tags, { kind: "inbound_store", path: entry.path }));
    }
  } catch (error) {
    await removeFiles(files, written);
    throw error;
  }
  return { ok: true, files: written };
}

/** Deletes the objects of files whose registration did not happen. */
export async function removeFiles(files: R2Bucket, written: readonly NewFile[]): Promise<void> {
  if (written.length > 0) await files.delete(written.map((f) => f.object_key));
}
