/**
 * `nocollapse train --method M [...]`: one training run (thin over `train()` in src/trainer).
 * Config precedence: defaults < --config file < flags. Ctrl-C stops at the next step with a checkpoint.
 */
import type { Command } from "commander";
import { train, readConfigFile } from "../trainer/index.js";
import { METHOD_LIST, ablationNames, allOptionSpecs, type OptionSpec } from "../methods/index.js";
import { num, int, defined, DEVICE_FLAG, DEVICE_HELP, PRECISION_FLAG, PRECISION_HELP } from "./flags.js";
import { launchLocal } from "../distributed/index.js";
import { PACKAGE_ROOT } from "../util/paths.js";
import { InputError, RunError } from "../util/errors.js";
import { join } from "node:path";

interface TrainFlags {
  method?: string; config?: string; dataset?: string; dataDir?: string; images?: string; labels?: string;
  testImages?: string; testLabels?: string; imageSize?: string; channels?: string; cache?: string; epochs?: string; maxSteps?: string;
  batchSize?: string; lr?: string; optimizer?: string; backbone?: string; projector?: string; out?: string;
  resume?: boolean; overwrite?: boolean; seed?: string; checkpointEvery?: string; metricsEvery?: string; ablation?: string;
  views?: string; stopOnCollapse?: boolean; threads?: string; prefetch?: string; warmupSteps?: string;
  schedule?: string; weightDecay?: string; probeSize?: string; nonShared?: boolean; json?: boolean;
  progress?: boolean; syncBn?: boolean; collectiveTimeout?: string; bucketCapMb?: string; gradOverlap?: boolean; dtype?: string;
  device?: string; precision?: string; channelsLast?: boolean; backend?: string; deterministic?: boolean;
  nprocPerNode?: string; nnodes?: string; nodeRank?: string; masterAddr?: string; masterPort?: string;
  /** Method option flags (--lambda, --tau-base, ...), derived from the methods' option specs. */
  [option: string]: string | boolean | undefined;
}

/** `--kebab-case` of a camelCase option key. */
function flagOf(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** The method options that have a flag, with the flag and how to read its value. */
function optionFlags(): { key: string; flag: string; spec: OptionSpec; numeric: boolean; integer: boolean }[] {
  return [...allOptionSpecs()]
    .filter(([, spec]) => spec.flag)
    .map(([key, spec]) => {
      const t = (spec.schema as unknown as { def?: { type?: string; checks?: { _zod?: { def?: { format?: string } } }[] } }).def;
      const integer = (t?.checks ?? []).some((c) => c._zod?.def?.format === "safeint");
      return { key, flag: flagOf(key), spec, numeric: t?.type === "number", integer };
    });
}

/** "barlow-twins, vicreg, ... (self-distillation: simsiam, byol; clustering: dino)": the methods by family, for --help. */
function methodHelp(): string {
  const byFamily = new Map<string, string[]>();
  for (const m of METHOD_LIST) byFamily.set(m.family, [...(byFamily.get(m.family) ?? []), m.name]);
  return [...byFamily].map(([f, names]) => `${f}: ${names.join(", ")}`).join("; ");
}

/** Launcher flags (taken by the parent process, not passed to the workers), with whether they take a value. */
const LAUNCH_FLAGS: Record<string, boolean> = { "--nproc-per-node": true, "--nnodes": true, "--node-rank": true, "--master-addr": true, "--master-port": true };

export function register(program: Command): void {
  const cmd = program
    .command("train")
    .description("train one self-supervised run and log collapse metrics of h and z")
    .option("--method <name>", `SSL method (${methodHelp()})`)
    .option("--config <file>", "YAML or JSON config (flags override it)")
    .option("--ablation <name>", ablationNames().join(", "))
    .option("--dataset <name>", "fashion-mnist (default), mnist, cifar10, cifar100, imagefolder, npy")
    .option("--data-dir <dir>", "folder with the dataset's files (imagefolder: root/<class>/<image>)")
    .option("--images <file>", "dataset npy: images .npy (N×H×W[×C] or N×C×H×W)")
    .option("--labels <file>", "dataset npy: labels .npy (for probes)")
    .option("--test-images <file>", "dataset npy: held-out images .npy")
    .option("--test-labels <file>", "dataset npy: held-out labels .npy")
    .option("--image-size <n>", "dataset imagefolder: resize to n×n (default 64)")
    .option("--channels <n>", "dataset imagefolder: 3 (RGB, default) or 1")
    .option("--cache <file>", "dataset imagefolder: .npy cache of the decoded images")
    .option("--epochs <n>", "passes over the training set")
    .option("--max-steps <n>", "stop after this many optimizer steps")
    .option("--batch-size <n>", "global batch: images per step before augmentation")
    .option("--lr <x>", "peak learning rate")
    .option("--optimizer <name>", "adam, adamw, sgd or lars")
    .option("--weight-decay <x>", "weight decay")
    .option("--schedule <name>", "constant or cosine (with --warmup-steps)")
    .option("--warmup-steps <n>", "linear warm-up steps")
    .option("--backbone <name>", "convnet (default), resnet18-cifar, resnet18, resnet50")
    .option("--projector <widths>", 'projector widths, e.g. "512-512-128", or "none"')
    .option("--views <k>", "augmented views per image")
    .option("--non-shared", "separate encoder and projector per branch (VICReg multi-modality)")
    .option("--out <dir>", "run folder")
    .option("--resume", "continue from <out>/checkpoint.safetensors")
    .option("--overwrite", "delete the run already in <out> (every file it wrote or derived) and start over")
    .option("--seed <n>", "random seed")
    .option("--checkpoint-every <n>", "steps between checkpoints")
    .option("--metrics-every <n>", "steps between collapse probes")
    .option("--probe-size <n>", "held-out images in the probe batch")
    .option("--stop-on-collapse", "stop when h or z is diagnosed as collapsed (exit code 3)")
    .option("--threads <n>", "libtorch threads (default: all cores)")
    .option("--prefetch <mode>", "worker (default) or main")
    .option("--dtype <name>", "float32 (default) or float64 (numerical checks)")
    .option(DEVICE_FLAG, DEVICE_HELP)
    .option(PRECISION_FLAG, PRECISION_HELP)
    .option("--channels-last", "NHWC memory layout for the convolutional backbones (faster convolutions on GPUs)")
    .option("--deterministic", "deterministic GPU kernels (cuDNN, cuBLAS): a GPU run repeats and resumes bit for bit; slower")
    .option("--backend <name>", "c10d backend of a data-parallel run: auto (NCCL on GPUs when built in, else Gloo), gloo or nccl")
    .option("--sync-bn", "synchronised BatchNorm: statistics over the global batch of all processes")
    .option("--collective-timeout <s>", "seconds a collective waits for the other processes (default 60)")
    .option("--no-grad-overlap", "average gradients in one all-reduce after backward instead of overlapping it with backward")
    .option("--bucket-cap-mb <n>", "gradient bucket size in MiB; each bucket's all-reduce overlaps backward (default 25, as PyTorch DDP)")
    .option("--nproc-per-node <n>", "spawn and supervise N data-parallel workers on this node (one per GPU on a GPU machine)")
    .option("--nnodes <n>", "nodes in the job (with --node-rank, --master-addr, --master-port)")
    .option("--node-rank <r>", "this node's rank")
    .option("--master-addr <host>", "rank 0's address (default 127.0.0.1)")
    .option("--master-port <port>", "rendezvous port (default: a free port on one node, else 29500)")
    .option("--no-progress", "no progress bar")
    .option("--json", "print the run's result as JSON on stdout");
  for (const o of optionFlags()) cmd.option(`${o.flag} <${o.numeric ? "x" : "value"}>`, o.spec.schema.description ?? o.key);
  cmd.action(async (f: TrainFlags) => {
      if (f.nprocPerNode !== undefined) {
        // Launcher mode: this process only spawns and supervises the workers, which run the same command.
        const argv = process.argv.slice(2);
        const workerArgs: string[] = [];
        for (let i = 0; i < argv.length; i++) {
          const a = argv[i]!;
          const [name] = a.split("=");
          if (name! in LAUNCH_FLAGS) {
            if (!a.includes("=") && LAUNCH_FLAGS[name!]) i++;
            continue;
          }
          workerArgs.push(a);
        }
        const r = await launchLocal({
          nprocPerNode: int("--nproc-per-node", f.nprocPerNode)!,
          nnodes: int("--nnodes", f.nnodes), nodeRank: int("--node-rank", f.nodeRank),
          masterAddr: f.masterAddr, masterPort: int("--master-port", f.masterPort),
          command: [process.execPath, join(PACKAGE_ROOT, "bin", "nocollapse"), ...workerArgs],
        });
        if (r.failure) throw new RunError(r.failure, 1);
        process.exitCode = r.code;
        return;
      }
      const file = f.config ? readConfigFile(f.config) : {};
      const loss: Record<string, unknown> = {};
      for (const o of optionFlags()) {
        const v = f[o.key];
        if (typeof v !== "string") continue;
        const value = o.integer ? int(o.flag, v) : o.numeric ? num(o.flag, v) : v;
        const ok = o.spec.schema.safeParse(value);
        if (!ok.success) throw new InputError(o.flag, ok.error.issues[0]?.message ?? "invalid value");
        loss[o.key] = value;
      }
      const flags = defined({
        method: f.method, ablation: f.ablation, dataset: f.dataset, dataDir: f.dataDir, images: f.images, labels: f.labels,
        testImages: f.testImages, testLabels: f.testLabels, imageSize: int("--image-size", f.imageSize),
        channels: int("--channels", f.channels), cache: f.cache, epochs: int("--epochs", f.epochs),
        maxSteps: int("--max-steps", f.maxSteps), batchSize: int("--batch-size", f.batchSize), lr: num("--lr", f.lr),
        optimizer: f.optimizer, weightDecay: num("--weight-decay", f.weightDecay), schedule: f.schedule,
        warmupSteps: int("--warmup-steps", f.warmupSteps), backbone: f.backbone, projector: f.projector,
        views: int("--views", f.views), nonSharedBranches: f.nonShared, out: f.out, seed: int("--seed", f.seed),
        checkpointEvery: int("--checkpoint-every", f.checkpointEvery), metricsEvery: int("--metrics-every", f.metricsEvery),
        probeSize: int("--probe-size", f.probeSize), stopOnCollapse: f.stopOnCollapse, threads: int("--threads", f.threads),
        prefetch: f.prefetch, dtype: f.dtype, device: f.device, precision: f.precision, channelsLast: f.channelsLast, backend: f.backend, deterministic: f.deterministic, syncBn: f.syncBn, collectiveTimeout: num("--collective-timeout", f.collectiveTimeout), bucketCapMb: num("--bucket-cap-mb", f.bucketCapMb), gradOverlap: f.gradOverlap === false ? false : undefined,
      });
      const fileLoss = (file.loss ?? {}) as Record<string, unknown>;
      const config = { ...file, ...flags, loss: { ...fileLoss, ...loss } } as Record<string, unknown>;
      config.out ??= `runs/${String(config.method ?? "run")}${config.ablation ? `-${String(config.ablation)}` : ""}`;
      const controller = new AbortController();
      let stoppedBy: NodeJS.Signals | null = null;
      // Ctrl-C, or SIGTERM from a scheduler (Slurm, Kubernetes) or the study: finish the step, write a checkpoint,
      // and exit 130 / 143 so that a preempted run does not look like a finished one.
      const onSigint = (sig: NodeJS.Signals) => {
        stoppedBy = sig;
        // A parent that died (a killed shell pipeline) leaves stderr a dead pipe: a failed write must not stop the
        // checkpoint from being written.
        process.stderr.on("error", () => {});
        process.stderr.write("\nstopping after this step (checkpoint will be written); Ctrl-C again to abort\n");
        controller.abort();
        process.removeListener("SIGINT", onSigint);
        process.removeListener("SIGTERM", onSigint);
        process.once("SIGINT", () => process.exit(130));
      };
      process.once("SIGINT", onSigint);
      process.once("SIGTERM", onSigint);
      try {
        const r = await train(config as Parameters<typeof train>[0], { resume: f.resume, overwrite: f.overwrite, signal: controller.signal, progress: f.progress === false ? false : undefined });
        const summary = {
          out: r.out, status: r.status, steps: r.steps, seconds: Math.round(r.seconds * 10) / 10, lastLoss: r.lastLoss,
          collapseStep: r.collapseStep,
          diagnosis: r.probe ? { h: r.probe.h.diagnosis, z: r.probe.z.diagnosis } : null,
          effectiveRank: r.probe ? { h: r.probe.h.effectiveRank, z: r.probe.z.effectiveRank } : null,
        };
        if (f.json) console.log(JSON.stringify(summary));
        else {
          console.log(`${r.status}: ${r.steps} steps in ${summary.seconds} s, last loss ${r.lastLoss?.toPrecision(5)} → ${r.out}`);
          if (r.probe) {
            for (const w of ["h", "z"] as const) {
              const p = r.probe[w];
              console.log(`  ${w}: ${p.diagnosis.padEnd(20)} effective rank ${p.effectiveRank.toFixed(1)}/${p.dim}  ${p.explanation}`);
            }
          }
        }
        if (r.status === "collapsed") process.exitCode = 3;
        if (r.status === "stopped") process.exitCode = stoppedBy === "SIGTERM" ? 143 : 130;
      } finally {
        process.removeListener("SIGINT", onSigint);
        process.removeListener("SIGTERM", onSigint);
      }
    });
}
