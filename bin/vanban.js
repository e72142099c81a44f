#!/usr/bin/env node
// Entry point of the `vanban` command: runs the compiled CLI (npm install builds it via `prepare`).
require('../dist/src/cli/main.js').main(process.argv.slice(2));
