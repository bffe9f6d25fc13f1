/** Every CLI command, one file each. Add a command: write src/cli/<name>.ts exporting `register`, list it here. */
import type { Command } from "commander";
import { register as info } from "./info.js";
import { register as train } from "./train.js";
import { register as evaluate } from "./eval.js";
import { register as study } from "./study.js";

export const COMMANDS: ((program: Command) => void)[] = [info, train, evaluate, study];
import { register as loss } from "./loss.js"; COMMANDS.push(loss); // `nocollapse loss` (src/cli/loss.ts)
import { register as report } from "./report.js"; COMMANDS.push(report); // `nocollapse report` (src/cli/report.ts)
import { register as serve } from "./serve.js"; COMMANDS.push(serve); // `nocollapse serve` (src/cli/serve.ts)
import { register as augment } from "./augment.js"; COMMANDS.push(augment); // `nocollapse augment` (src/cli/augment.ts)
import { register as analyze } from "./analyze.js"; COMMANDS.push(analyze); // `nocollapse analyze` (src/cli/analyze.ts)
