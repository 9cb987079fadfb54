// A plain JavaScript copy of the tree-sitter tree. Reading a native node costs a call into the
// addon per property, so the tree is copied once (parse.ts) and every later pass walks these
// objects instead. Comments and the inside of string literals are left out.

/** Shared by every leaf until it gets a child (most nodes never do): one array less per node. */
export const NO_CHILDREN: PyNode[] = [];

export class PyNode {
  children: PyNode[] = NO_CHILDREN;
  parent: PyNode | null = null;
  private cachedText: string | null = null;

  constructor(
    readonly source: string,
    readonly type: string,
    /** The field this node fills in its parent (`left`, `body`, `condition`...), or null. */
    readonly field: string | null,
    readonly named: boolean,
    readonly start: number,
    /** Set after the children are copied for inner nodes (see parse.ts). */
    public end: number,
    /** 1-based line of the first character. */
    readonly line: number,
  ) {}

  get text(): string {
    if (this.cachedText === null) this.cachedText = this.source.slice(this.start, this.end);
    return this.cachedText;
  }

  /** The first child filling `field`. */
  child(field: string): PyNode | null {
    for (const c of this.children) if (c.field === field) return c;
    return null;
  }

  childrenOf(field: string): PyNode[] {
    return this.children.filter((c) => c.field === field);
  }

  get namedChildren(): PyNode[] {
    return this.children.filter((c) => c.named);
  }

  /** The anonymous token children (operators, keywords) as text. */
  get tokens(): string[] {
    return this.children.filter((c) => !c.named).map((c) => c.type);
  }
}

/** Depth-first, pre-order; `visit` returns false to skip a node's children. */
export function walk(node: PyNode, visit: (node: PyNode) => boolean | void): void {
  if (visit(node) === false) return;
  for (const c of node.children) walk(c, visit);
}

export function descendants(node: PyNode, type: string): PyNode[] {
  const found: PyNode[] = [];
  walk(node, (n) => {
    if (n.type === type) found.push(n);
  });
  return found;
}

export function ancestors(node: PyNode): PyNode[] {
  const list: PyNode[] = [];
  for (let p = node.parent; p; p = p.parent) list.push(p);
  return list;
}

export function isAncestor(ancestor: PyNode, node: PyNode): boolean {
  for (let p: PyNode | null = node; p; p = p.parent) if (p === ancestor) return true;
  return false;
}
