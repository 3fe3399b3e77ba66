/**
 * Cycles between folders (a folder is the directory holding a file). Two folders that import each other
 * can no longer be understood, tested or moved one without the other; each cycle is reported with the
 * import that makes each of its steps, so the one to cut can be chosen.
 */

export interface FolderEdge {
  from: string;
  to: string;
  /** The first import (file:line) that makes this step. */
  via: string;
}

export interface FolderCycle {
  /** Folders in order, the first repeated at the end: a → b → a. */
  path: string[];
  steps: FolderEdge[];
}

/** Every distinct shortest cycle through each folder that lies on one, in a stable order. */
export function folderCycles(edges: FolderEdge[]): FolderCycle[] {
  const next = new Map<string, Map<string, FolderEdge>>();
  for (const e of edges) {
    if (e.from === e.to) continue;
    const out = next.get(e.from) ?? new Map<string, FolderEdge>();
    if (!out.has(e.to)) out.set(e.to, e);
    next.set(e.from, out);
  }
  const seen = new Set<string>();
  const cycles: FolderCycle[] = [];
  for (const start of [...next.keys()].sort()) {
    const path = shortestCycleThrough(start, next);
    if (!path) continue;
    const key = canonical(path);
    if (seen.has(key)) continue;
    seen.add(key);
    const steps = path.slice(1).map((to, i) => next.get(path[i]!)!.get(to)!);
    cycles.push({ path, steps });
  }
  return cycles;
}

/** Breadth-first from start until start is reached again; folders are visited in name order. */
function shortestCycleThrough(start: string, next: Map<string, Map<string, FolderEdge>>): string[] | null {
  const cameFrom = new Map<string, string>();
  let frontier = [start];
  while (frontier.length > 0) {
    const following: string[] = [];
    for (const folder of frontier) {
      for (const to of [...(next.get(folder)?.keys() ?? [])].sort()) {
        if (to === start) return [...walkBack(folder, start, cameFrom), start];
        if (cameFrom.has(to)) continue;
        cameFrom.set(to, folder);
        following.push(to);
      }
    }
    frontier = following;
  }
  return null;
}

function walkBack(last: string, start: string, cameFrom: Map<string, string>): string[] {
  const path = [last];
  while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
  return path;
}

/** The same cycle entered at another folder is one cycle: rotate it to begin at its smallest name. */
function canonical(path: string[]): string {
  const ring = path.slice(0, -1);
  const first = ring.indexOf([...ring].sort()[0]!);
  return [...ring.slice(first), ...ring.slice(0, first)].join(' → ');
}
