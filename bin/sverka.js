#!/usr/bin/env node
// The command line runs the TypeScript sources directly through tsx, so it needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import(new URL('../main/cli.ts', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
