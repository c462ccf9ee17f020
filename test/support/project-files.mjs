import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = process.cwd();

/** A path inside the repository, or an error: tests read the project's own files only. */
function inside(path) {
  const absolute = resolve(root, path);
  if (relative(root, absolute).startsWith('..')) throw new Error(`${path} is outside the project`);
  return absolute;
}

/**
 * Commands for tests that need what the browser cannot see: a source file as written (the dev server serves
 * it compiled) and the gzip -9 size of a built file (`executeServerCommand` of @web/test-runner-commands).
 */
export function projectFiles() {
  return {
    name: 'project-files',
    executeCommand({ command, payload }) {
      if (command === 'read-project-file') return readFileSync(inside(payload.path), 'utf8');
      if (command === 'gzip-size') return gzipSync(readFileSync(inside(payload.path)), { level: 9 }).length;
      return undefined;
    },
  };
}
