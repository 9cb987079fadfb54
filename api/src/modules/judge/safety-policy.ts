// The static safety policy, checked before any code runs. The judge runs pure algorithms, so
// imports come from an allowlist and the names that reach the system or the interpreter's
// insides (eval, open, __subclasses__, sys.modules, frames...) are refused with their line.
// It is a first layer only: the audit hooks and the OS limits hold even when it is bypassed.
// Syntax errors are left to Python itself (the harness compiles before running anything).
import { LRUCache } from 'lru-cache';
import { parsePython, walk, type SyntaxNode } from './python-parser.js';
import type { RejectionDetail } from './types.js';

export const MAX_CODE_CHARS = 10_000;

/** Reaching these (importing, naming) is always refused. */
const FORBIDDEN_MODULES = new Set([
  'os',
  'subprocess',
  'socket',
  'ctypes',
  'multiprocessing',
  'shutil',
  'signal',
  'importlib',
  'posix',
  'pty',
  'resource',
  'builtins',
  'gc',
  'inspect',
  'threading',
  '_thread',
  'asyncio',
  'pathlib',
  'io',
  'sysconfig',
  'marshal',
  'pickle',
  'code',
  'codeop',
  'types',
  'mmap',
  'fcntl',
  'select',
  'tempfile',
  'glob',
  'linecache', // reads any file by name (traceback.linecache)
]);

export const ALLOWED_MODULES = [
  'sys',
  'collections',
  'heapq',
  'bisect',
  'math',
  'itertools',
  'functools',
  'typing',
  're',
  'string',
  '__future__',
  'abc',
  'array',
  'cmath',
  'copy',
  'dataclasses',
  'datetime',
  'decimal',
  'enum',
  'fractions',
  'json',
  'keyword',
  'numbers',
  'operator',
  'queue',
  'random',
  'statistics',
  'struct',
  'textwrap',
  'time',
  'typing_extensions',
  'unicodedata',
  'contextlib',
  // Debugging and convenience, no I/O beyond printing (to the capture).
  'graphlib',
  'pprint',
  'reprlib',
  'traceback',
  'warnings',
];
const ALLOWED = new Set(ALLOWED_MODULES);

/** Builtins that run or load code, or hand out the interpreter's namespaces. */
const FORBIDDEN_BUILTINS = new Set(['eval', 'exec', 'compile', '__import__', '__builtins__', 'globals', 'vars', 'breakpoint', 'memoryview']);

/** Attributes that lead from an ordinary object to frames, code or the module table. */
const FORBIDDEN_ATTRIBUTES = new Set([
  '__subclasses__',
  '__globals__',
  '__builtins__',
  '__code__',
  '__closure__',
  '__bases__',
  '__base__',
  '__mro__',
  '__loader__',
  '__spec__',
  '__import__',
  '__traceback__',
  '__getattribute__',
  '__reduce__',
  '__reduce_ex__',
  '_getframe',
  '_current_frames',
  'f_back',
  'f_globals',
  'f_locals',
  'f_builtins',
  'f_code',
  'tb_frame',
  'gi_frame',
  'cr_frame',
  'ag_frame',
  'gi_code',
  'settrace',
  'setprofile',
  'addaudithook',
  'set_int_max_str_digits',
  'walk_stack',
  'walk_tb',
]);

const SYS_ATTRIBUTES_REFUSED = new Set(['modules', 'meta_path', 'path_hooks', 'path_importer_cache', '__stdout__', '__stderr__', '__stdin__']);

/** Builtins that take an attribute's name as a string: the name must be plain and written out. */
const ATTRIBUTE_BY_NAME = new Set(['getattr', 'setattr', 'delattr', 'hasattr']);

/** `random._os`, `x.subprocess`...: a module reached through another one. */
const reachesForbiddenModule = (attribute: string): boolean => FORBIDDEN_MODULES.has(attribute.replace(/^_/, ''));

/** `parsedCleanly` false = tree-sitter saw a syntax error; Python gets the last word on it. */
export interface PolicyResult {
  rejection: RejectionDetail | null;
  parsedCleanly: boolean;
}

type Found = { rejection: RejectionDetail };
const reject = (node: SyntaxNode | null, rule: string, message: string): Found => ({
  rejection: { line: node ? node.startPosition.row + 1 : null, rule, message },
});

function checkModule(node: SyntaxNode, dotted: string): Found | null {
  const root = dotted.split('.')[0];
  const line = node.startPosition.row + 1;
  if (FORBIDDEN_MODULES.has(root)) {
    return reject(node, 'forbidden-module', `line ${line}: importing "${root}" is not allowed; the judge runs pure algorithms without access to the system`);
  }
  if (!ALLOWED.has(root)) {
    return reject(node, 'unknown-module', `line ${line}: module "${root}" is not available in the judge; allowed modules: ${[...ALLOWED].sort().join(', ')}`);
  }
  return null;
}

const IDENTIFIERS = new Set(['identifier']);
/** The nodes the policy looks at; the rest of the tree is walked past. */
const CHECKED_TYPES = new Set(['import_statement', 'import_from_statement', 'call', 'identifier', 'string']);

/** Names the code binds itself (so a variable called `open` is not the builtin). */
function boundNames(root: SyntaxNode): Set<string> {
  const bound = new Set<string>();
  for (const node of walk(root, IDENTIFIERS)) {
    const parent = node.parent;
    if (!parent) continue;
    const isTarget =
      ((parent.type === 'assignment' || parent.type === 'augmented_assignment' || parent.type === 'for_statement' || parent.type === 'for_in_clause') &&
        parent.childForFieldName('left')?.startIndex === node.startIndex) ||
      ((parent.type === 'function_definition' || parent.type === 'class_definition') && parent.childForFieldName('name')?.startIndex === node.startIndex) ||
      parent.type === 'parameters' ||
      parent.type === 'lambda_parameters' ||
      ((parent.type === 'default_parameter' || parent.type === 'typed_parameter' || parent.type === 'typed_default_parameter') &&
        parent.firstNamedChild?.startIndex === node.startIndex) ||
      parent.type === 'pattern_list' ||
      parent.type === 'tuple_pattern';
    if (isTarget) bound.add(node.text);
  }
  return bound;
}

function checkIdentifier(node: SyntaxNode, bound: Set<string>): Found | null {
  const parent = node.parent;
  const name = node.text;
  const line = node.startPosition.row + 1;
  if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.startIndex === node.startIndex) {
    if (FORBIDDEN_ATTRIBUTES.has(name) || reachesForbiddenModule(name)) {
      return reject(node, 'forbidden-attribute', `line ${line}: ".${name}" is not allowed in the judge`);
    }
    // On sys, on sys reached through another module (dataclasses.sys), or on sys under another
    // name (`import sys as s`, `s = sys`): on anything but the code's own objects.
    const object = parent.childForFieldName('object')?.text ?? '';
    if (SYS_ATTRIBUTES_REFUSED.has(name) && !/^(self|cls)(\.|$)/.test(object)) {
      return reject(node, 'forbidden-attribute', `line ${line}: ".${name}" (the interpreter's module table and streams) is not allowed in the judge`);
    }
    return null;
  }
  if (parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.startIndex === node.startIndex) return null;
  if (FORBIDDEN_MODULES.has(name) && !bound.has(name))
    return reject(node, 'forbidden-module', `line ${line}: using "${name}" is not allowed; the judge runs pure algorithms without access to the system`);
  if (FORBIDDEN_BUILTINS.has(name) || FORBIDDEN_ATTRIBUTES.has(name)) {
    return reject(node, 'forbidden-builtin', `line ${line}: "${name}" is not allowed in the judge`);
  }
  if (name === 'open') {
    const called = parent?.type === 'call' && parent.childForFieldName('function')?.startIndex === node.startIndex;
    if (called || !bound.has('open')) return reject(node, 'forbidden-builtin', `line ${line}: "open" is not allowed: the judge gives no file access`);
  }
  return null;
}

/** `from random import _os`, `from sys import modules`: what a from-import binds is checked like an attribute. */
function checkImportedNames(node: SyntaxNode, module: string): Found | null {
  const line = node.startPosition.row + 1;
  for (const name of node.childrenForFieldName('name')) {
    const imported = (name.type === 'aliased_import' ? name.childForFieldName('name') : name)?.text ?? '';
    const refused =
      (imported.startsWith('_') && module !== '__future__') ||
      FORBIDDEN_ATTRIBUTES.has(imported) ||
      FORBIDDEN_BUILTINS.has(imported) ||
      reachesForbiddenModule(imported) ||
      (module === 'sys' && SYS_ATTRIBUTES_REFUSED.has(imported));
    if (refused) return reject(node, 'forbidden-attribute', `line ${line}: importing "${imported}" from "${module}" is not allowed in the judge`);
  }
  return null;
}

/** getattr(x, '__subcl' + 'asses__'): an attribute named at run time could be any of the refused ones. */
function checkAttributeByName(node: SyntaxNode): Found | null {
  const fn = node.childForFieldName('function');
  if (fn?.type !== 'identifier' || !ATTRIBUTE_BY_NAME.has(fn.text)) return null;
  const nameArgument = node.childForFieldName('arguments')?.namedChildren[1];
  if (!nameArgument) return null;
  const literal = nameArgument.type === 'string' && !nameArgument.namedChildren.some((c) => c.type === 'interpolation');
  const name = nameArgument.text.replace(/^[A-Za-z]*['"]+|['"]+$/g, '');
  if (literal && !name.startsWith('_')) return null;
  const line = node.startPosition.row + 1;
  return reject(
    node,
    'forbidden-attribute',
    `line ${line}: ${fn.text}() needs a plain attribute name written as a string (not private, not built at run time)`,
  );
}

function checkString(node: SyntaxNode): Found | null {
  const text = node.text.replace(/^[A-Za-z]*['"]+|['"]+$/g, '');
  if (FORBIDDEN_ATTRIBUTES.has(text) || FORBIDDEN_BUILTINS.has(text)) {
    return reject(node, 'forbidden-attribute', `line ${node.startPosition.row + 1}: the name "${text}" is not allowed in the judge`);
  }
  return null;
}

// One submission's code is checked for its verdict, its stress test, its probes and growth
// runs; the walk over the addon's nodes costs milliseconds, so recent answers are kept.
const recentlyChecked = new LRUCache<string, PolicyResult>({ max: 256 });

export function checkSafety(code: string): PolicyResult {
  let result = recentlyChecked.get(code);
  if (!result) recentlyChecked.set(code, (result = check(code)));
  return result;
}

function check(code: string): PolicyResult {
  if (code.length > MAX_CODE_CHARS) {
    return {
      parsedCleanly: true,
      ...reject(
        null,
        'too-long',
        `the code is ${code.length.toLocaleString('en-US')} characters long; the judge accepts at most ${MAX_CODE_CHARS.toLocaleString('en-US')}`,
      ),
    };
  }
  const tree = parsePython(code);
  const bound = boundNames(tree.rootNode);
  for (const node of walk(tree.rootNode, CHECKED_TYPES)) {
    let found: Found | null = null;
    if (node.type === 'import_statement') {
      for (const name of node.childrenForFieldName('name')) {
        const dotted = name.type === 'aliased_import' ? name.childForFieldName('name') : name;
        found ??= checkModule(node, dotted?.text ?? '');
      }
    } else if (node.type === 'import_from_statement') {
      const module = node.childForFieldName('module_name');
      found =
        module?.type === 'relative_import'
          ? reject(node, 'unknown-module', `line ${node.startPosition.row + 1}: relative imports are not available in the judge`)
          : (checkModule(node, module?.text ?? '') ?? checkImportedNames(node, module?.text ?? ''));
    } else if (node.type === 'call') {
      found = checkAttributeByName(node);
    } else if (node.type === 'identifier') {
      const inImport = node.parent?.type === 'dotted_name' && /import/.test(node.parent.parent?.type ?? '');
      if (!inImport) found = checkIdentifier(node, bound);
    } else if (node.type === 'string') {
      found = checkString(node);
    }
    if (found) return { ...found, parsedCleanly: !tree.rootNode.hasError };
  }
  return { rejection: null, parsedCleanly: !tree.rootNode.hasError };
}
