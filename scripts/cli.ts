// The `codementor` command: one dispatcher, one line per command. Each command module exports a
// function taking the remaining arguments and returning the exit status.
const USAGE = `usage: codementor <command> [options]

commands:
  serve                                      run the server (the same as npm start)
  worker                                     judge and analyze queued submissions (needs REDIS_URL); no HTTP
  judge --problem SLUG FILE.py [--json] [--depth D]  judge a solution against a problem, no server needed
                                             (D: eli5, intermediate or expert feedback)
  analyze FILE.py [--json]                   static analysis of a solution
  problems list|validate|seed                the problem set
  findings disputes                          findings learners marked as wrong, per pattern
`;

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('../api/src/server.js')).runServeCommand,
  worker: async () => (await import('../api/src/server.js')).runWorkerCommand,
  problems: async () => (await import('./commands/problems.js')).runProblemsCommand,
  judge: async () => (await import('./commands/judge.js')).runJudgeCommand,
  analyze: async () => (await import('./commands/analyze.js')).runAnalyzeCommand,
  findings: async () => (await import('./commands/findings.js')).runFindingsCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`codementor: unknown command "${name}" (try codementor --help)\n`);
    return 2;
  }
  return (await load())(args);
}

// Keeps a running server alive: only a non-zero status ends the process here.
main(process.argv.slice(2)).then(
  (status) => {
    if (status !== 0) process.exit(status);
  },
  (error: unknown) => {
    process.stderr.write(`codementor: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
