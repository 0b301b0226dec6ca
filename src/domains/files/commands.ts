import { operationalDate } from "../../clock/tenant-clock";
import type { CommandContext } from "../../tenant/command-context";
import { defineCommand, fail, succeed } from "../../tenant/commands";
import { FILE, INBOUND_STORE, toFile, type FileData, type InboundStoreData } from "./model";
import { InboundStoreBody, RegisterFilesInput } from "./schema";

/** What runs when a file is registered (e.g. a reconciliation job for a tagged file). */
export type FileRegistered = (ctx: CommandContext, file: FileData) => void;

/**
 * `file.register`: records the metadata of files whose bytes the Worker has put in R2, all in
 * one transaction, and hands each to `onRegistered` (wired in src/commands.ts).
 */
export function makeRegisterFiles(onRegistered: FileRegistered) {
  return defineCommand({
    input: RegisterFilesInput,
    run(ctx, input) {
      const taken = input.files.findIndex((f) => ctx.get(FILE, f.file_id) !== null);
      if (taken >= 0) {
        return fail({ code: "already_exists", detail: `File '${input.files[taken]!.file_id}' already exists`, errors: [{ field: `files.${taken}.file_id`, message: "already exists" }] });
      }
      const uploadedDate = operationalDate(ctx.nowMs, ctx.config);
      const files = input.files.map((f) => {
        const data: FileData = { ...f, uploaded_date: uploadedDate };
        ctx.insert(FILE, f.file_id, data);
        onRegistered(ctx, data);
        return toFile(data);
      });
      return succeed(201, { files });
    },
  });
}

/** `inbound_store.configure` (admin): the tenant's prefix in the inbound store. */
export const configureInboundStore = defineCommand({
  input: InboundStoreBody,
  run(ctx, body) {
    const data: InboundStoreData = { prefix: body.prefix };
    const current = ctx.get<InboundStoreData>(INBOUND_STORE, INBOUND_STORE);
    if (current) ctx.update(current, data);
    else ctx.insert(INBOUND_STORE, INBOUND_STORE, data);
    return succeed(200, data);
  },
});
