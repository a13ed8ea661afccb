import { loadConfig } from '../config/loadConfig.ts';
import { processIo } from './io.ts';
import { runCli } from './runCli.ts';

const config = loadConfig();
process.exitCode = await runCli(process.argv.slice(2), processIo(config.noColor), config);
