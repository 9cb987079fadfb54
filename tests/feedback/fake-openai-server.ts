// A local stand-in for the OpenAI chat completions endpoint, started by the tests: it answers
// whole JSON completions or streamed chunks (with the usage chunk when the client asks for
// `stream_options.include_usage`), and on demand a 429, a 500, a request that never gets an
// answer, or a stream that stops halfway. Usage is counted like a tokenizer would, about four
// characters a token, so the budget's estimates meet realistic numbers.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FakeRequest {
  model: string;
  messages: Array<{ role: string; content: string }>;
  stream: boolean;
  includeUsage: boolean;
  maxTokens: number | undefined;
}

export type FakeBehavior =
  | { kind: 'reply'; text: string; usage?: { prompt_tokens: number; completion_tokens: number }; pieceDelayMs?: number }
  | { kind: 'status'; status: number }
  /** Accepts the request and never answers. */
  | { kind: 'hang' }
  /** Starts streaming `text`, then stops sending without ending the response. */
  | { kind: 'stall'; text: string };

export type Responder = (request: FakeRequest) => FakeBehavior;

export interface FakeOpenAI {
  baseURL: string;
  requests: FakeRequest[];
  respond: Responder;
  close(): Promise<void>;
}

export const countTokens = (text: string) => Math.ceil(text.length / 4);

export async function startFakeOpenAI(respond: Responder = () => ({ kind: 'reply', text: 'ok' })): Promise<FakeOpenAI> {
  const sockets = new Set<Socket>();
  const fake: FakeOpenAI = { baseURL: '', requests: [], respond, close: async () => {} };
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const request: FakeRequest = {
      model: body.model,
      messages: body.messages,
      stream: body.stream === true,
      includeUsage: body.stream_options?.include_usage === true,
      maxTokens: body.max_tokens,
    };
    fake.requests.push(request);
    void answer(request, fake.respond(request), res);
  };
  // Not awaited by node's server; a bug in the fake still surfaces as vitest's unhandled rejection.
  const server = http.createServer((req, res) => void handle(req, res));
  server.on('connection', (socket) => {
    // Chunks must leave as they are written, as a real streaming server's do.
    socket.setNoDelay(true);
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  fake.close = async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return fake;
}

async function answer(request: FakeRequest, behavior: FakeBehavior, res: http.ServerResponse): Promise<void> {
  if (behavior.kind === 'hang') return;
  if (behavior.kind === 'status') {
    res
      .writeHead(behavior.status, { 'content-type': 'application/json' })
      .end(JSON.stringify({ error: { message: `fake failure ${behavior.status}`, type: 'fake_error', code: null } }));
    return;
  }
  const promptChars = request.messages.reduce((sum, message) => sum + message.content.length, 0);
  const usage =
    behavior.kind === 'reply' && behavior.usage
      ? behavior.usage
      : { prompt_tokens: countTokens('x'.repeat(promptChars)), completion_tokens: countTokens(behavior.text) };
  const fullUsage = { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens };
  const base = { id: 'chatcmpl-fake', created: Math.floor(Date.now() / 1000), model: request.model };

  if (!request.stream) {
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        ...base,
        object: 'chat.completion',
        choices: [{ index: 0, message: { role: 'assistant', content: behavior.text, refusal: null }, finish_reason: 'stop', logprobs: null }],
        usage: fullUsage,
      }),
    );
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const send = (payload: unknown) => res.write(`data: ${JSON.stringify(payload)}\n\n`);
  const chunk = (delta: object, finish: string | null) =>
    send({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }] });
  const pieces = behavior.text.match(/[\s\S]{1,7}/g) ?? [];
  if (behavior.kind === 'stall') {
    for (const piece of pieces.slice(0, Math.ceil(pieces.length / 2))) chunk({ content: piece }, null);
    return;
  }
  chunk({ role: 'assistant', content: '' }, null);
  for (const piece of pieces) {
    chunk({ content: piece }, null);
    // A slow model: streams that attach late have something to attach to.
    if (behavior.pieceDelayMs) await new Promise((resolve) => setTimeout(resolve, behavior.pieceDelayMs));
  }
  chunk({}, 'stop');
  if (request.includeUsage) send({ ...base, object: 'chat.completion.chunk', choices: [], usage: fullUsage });
  res.end('data: [DONE]\n\n');
}
