#!/usr/bin/env node
// The engine ships TypeScript source; tsx loads it so the CLI needs no build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = main(process.argv.slice(2));
