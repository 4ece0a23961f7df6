import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../domain/index.js';

/**
 * The one line a user reads when the SQLite file or its directory cannot be used: the path and what
 * is wrong with it. Null for errors that are not about the file (those are bugs and stay as they are).
 */
export function sqliteOpenError(path: string, error: unknown): AppError | null {
  // Migrations wrap what SQLite threw: look down the chain of causes.
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const reason = describe(path, (e as { code?: unknown }).code);
    if (reason !== null)
      return new AppError('config', `cannot use the SQLite database ${path}: ${reason}`, { cause: error });
  }
  return null;
}

function describe(path: string, code: unknown): string | null {
  const dir = dirname(path);
  switch (code) {
    case 'EEXIST':
    case 'ENOTDIR':
      return `${dir} (or a folder above it) is a file, not a directory`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied creating the directory ${dir}`;
    case 'EROFS':
      return `${dir} is on a read-only file system`;
    case 'SQLITE_NOTADB':
      return 'the file is not a SQLite database (damaged, or another kind of file)';
    case 'SQLITE_CORRUPT':
      return 'the database file is damaged (database disk image is malformed)';
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_READONLY':
    case 'SQLITE_READONLY_DIRECTORY':
    case 'SQLITE_PERM':
      return writable(dir) ? 'the file cannot be opened for writing' : `the directory ${dir} is not writable`;
    default:
      return typeof code === 'string' && code.startsWith('SQLITE_IOERR')
        ? `input/output error (${code})`
        : null;
  }
}

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
