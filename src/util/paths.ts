/** Where the package is installed (dist/util/ → two levels up), to find bin/, native/ and static assets. */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
