// File-system errors in words, naming the path at fault: what a user reads instead of a stack.
import { statSync } from 'node:fs';
import path from 'node:path';

const REASONS: Record<string, string> = {
  ENOENT: 'does not exist',
  ENOTDIR: 'is inside a file, not a folder',
  EISDIR: 'is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'the disk is full',
  EDQUOT: 'disk quota exceeded',
  ENAMETOOLONG: 'name too long',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
  EBUSY: 'busy',
};

/** The nearest existing ancestor of `p` (or `p` itself), or null. */
function nearestExisting(p: string): { path: string; dir: boolean } | null {
  for (let at = path.resolve(p); ; at = path.dirname(at)) {
    try {
      return { path: at, dir: statSync(at).isDirectory() };
    } catch {
      if (path.dirname(at) === at) return null;
    }
  }
}

/**
 * `path: what is wrong` for an error met on `p` ("out/data: read-only file system"); for a path
 * under a file, the file is named ("notes.txt is a file, not a folder").
 *
 * @example fsProblem(err, 'public/data') // 'public/data: permission denied'
 */
export function fsProblem(err: unknown, p: string): string {
  const code = (err as NodeJS.ErrnoException)?.code ?? '';
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    const near = nearestExisting(p);
    if (near && !near.dir) return `${near.path} is a file, not a folder`;
  }
  const reason = REASONS[code] ?? (err instanceof Error ? err.message : String(err));
  return `${p}: ${reason}`;
}

/**
 * Why `dir` cannot be made or written, or null when it can (checked without writing anything):
 * an existing path must be a writable folder; otherwise its nearest existing ancestor must be.
 */
export function unwritableFolder(dir: string, access: (p: string) => void): string | null {
  const near = nearestExisting(dir);
  if (!near) return `${dir}: no folder on the way to it exists`;
  if (!near.dir)
    return near.path === path.resolve(dir)
      ? `${dir} is a file, not a folder`
      : `${near.path} is a file, not a folder`;
  try {
    access(near.path);
  } catch (err) {
    return fsProblem(err, near.path);
  }
  return null;
}
