import type { Migration } from "../migrate.js";
import { migration as m001 } from "./001_init.js";

/** Every migration in the order it is applied. Append only: never edit or reorder an applied one. */
export const MIGRATIONS: readonly Migration[] = [m001];
