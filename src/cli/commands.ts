/** Every CLI command, one file each. Add a command: write src/cli/<name>.ts exporting `register`, list it here. */
import type { Command } from "commander";
import { register as info } from "./info.js";

export const COMMANDS: ((program: Command) => void)[] = [info];
import { register as loss } from "./loss.js"; COMMANDS.push(loss); // `nocollapse loss` (src/cli/loss.ts)
