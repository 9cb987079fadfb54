// `codementor findings disputes [--pattern ID] [--limit N] [--json]`: the findings learners
// reported as wrong, counted per pattern, then the latest reports, so the detectors can be
// calibrated. Reads the configured database (PostgreSQL, or PGlite under DATA_DIR).
import { ConfigError, loadConfig } from '../../api/src/config.js';
import { openDatabase } from '../../api/src/db/client.js';
import { listDisputes, summarizeDisputes } from '../../api/src/modules/disputes/service.js';
import { formatTable } from './format-table.js';
import { terminalJson, terminalText } from './terminal-text.js';

const USAGE = 'usage: codementor findings disputes [--pattern ID] [--limit N] [--json]\n';

interface Options {
  pattern?: string;
  limit: number;
  json: boolean;
}

function parseOptions(args: string[]): Options | string {
  const options: Options = { limit: 20, json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--pattern' && args[i + 1]) options.pattern = args[++i];
    else if (arg === '--limit' && /^\d+$/.test(args[i + 1] ?? '')) options.limit = Math.min(1000, Number(args[++i]));
    else return `unknown or incomplete option "${arg}"`;
  }
  return options;
}

export async function runFindingsCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'disputes') {
    process.stderr.write(sub ? `codementor: unknown findings command "${sub}"\n${USAGE}` : USAGE);
    return 2;
  }
  const options = parseOptions(rest);
  if (typeof options === 'string') {
    process.stderr.write(`codementor: ${options}\n${USAGE}`);
    return 2;
  }
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`codementor: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const database = await openDatabase(
    config.DATABASE_URL ? { kind: 'postgres', url: config.DATABASE_URL, poolSize: 2 } : { kind: 'pglite', dataDir: `${config.dataDir}/pglite` },
  );
  try {
    const summary = await summarizeDisputes(database.db);
    const latest = await listDisputes(database.db, { pattern: options.pattern, limit: options.limit });
    if (options.json) {
      const disputes = latest.map((d) => ({
        id: d.id,
        submissionId: d.submissionId,
        index: d.findingIndex,
        pattern: d.patternId,
        line: d.line,
        severity: d.severity,
        confidence: d.confidence,
        message: d.message,
        comment: d.comment,
        createdAt: d.createdAt.toISOString(),
      }));
      process.stdout.write(`${terminalJson({ byPattern: summary, disputes })}\n`);
      return 0;
    }
    if (summary.length === 0) {
      process.stdout.write('no disputed findings\n');
      return 0;
    }
    process.stdout.write(
      formatTable(
        ['pattern', 'disputes'],
        summary.map((s) => [s.patternId, String(s.disputes)]),
      ),
    );
    process.stdout.write(terminalText(`\nlatest ${latest.length}${options.pattern ? ` for ${options.pattern}` : ''}:\n`));
    process.stdout.write(
      formatTable(
        ['when', 'pattern', 'line', 'confidence', 'submission', 'comment'],
        latest.map((d) => [
          d.createdAt.toISOString().slice(0, 16).replace('T', ' '),
          d.patternId,
          d.line === null ? '' : String(d.line),
          d.confidence === null ? '' : d.confidence.toFixed(2),
          d.submissionId,
          terminalText(d.comment ?? '')
            .replace(/\s+/g, ' ')
            .slice(0, 60),
        ]),
      ),
    );
    return 0;
  } finally {
    await database.close();
  }
}
