import { drizzle } from "drizzle-orm/d1";
import * as tables from "./tables";

function open(d1: D1Database) {
  return drizzle(d1, { schema: tables });
}

export type Database = ReturnType<typeof open>;

/** One drizzle handle per D1 binding for the isolate's life: building one walks every table's config. */
const handles = new WeakMap<D1Database, Database>();

/** The drizzle handle over the D1 binding. */
export function database(d1: D1Database): Database {
  let db = handles.get(d1);
  if (!db) {
    db = open(d1);
    handles.set(d1, db);
  }
  return db;
}
