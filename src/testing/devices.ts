/**
 * The devices the device-dependent tests run on (tfjs-core's ALL_ENVS, for libtorch devices): the CPU by default;
 * NOCOLLAPSE_TEST_DEVICE=cuda (or cuda:N) runs them on that GPU instead, and =all on the CPU and every visible GPU.
 * A GPU that is asked for but absent fails the suite at once, so that a GPU check cannot pass by testing the CPU.
 */
import { cudaDeviceCount, resolveDevice } from "../tensor/index.js";

export function testDevices(): string[] {
  const want = process.env.NOCOLLAPSE_TEST_DEVICE?.trim();
  if (!want || want === "cpu") return ["cpu"];
  if (want === "all") return ["cpu", ...Array.from({ length: cudaDeviceCount() }, (_, i) => `cuda:${i}`)];
  return [resolveDevice(want, "NOCOLLAPSE_TEST_DEVICE")];
}

/** The test name with its device, so that a report says where an assertion failed. */
export function onDevice(device: string, name: string): string {
  return `[${device}] ${name}`;
}
