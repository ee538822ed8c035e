// Unpacks a Debian package into a temporary folder with `apt-get download` and `dpkg-deb -x`, the
// way the builders get their sources (nothing installed on the machine).
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A Debian package pinned to one version, so that rebuilds read the same source. */
export interface PinnedPackage {
  name: string;
  version: string;
}

/** Runs `use` on the roots of several packages (by name), each unpacked as by withDebianPackage. */
export function withDebianPackages<T>(packages: readonly PinnedPackage[], use: (roots: ReadonlyMap<string, string>) => T): T {
  const roots = new Map<string, string>();
  const next = (index: number): T => {
    const pkg = packages[index];
    if (pkg === undefined) return use(roots);
    return withDebianPackage(pkg.name, pkg.version, (root) => {
      roots.set(pkg.name, root);
      return next(index + 1);
    });
  };
  return next(0);
}

/**
 * Runs `use` on the root of package `name` at `version` (pinned so that rebuilds are reproducible),
 * unpacked in a temporary folder that is removed afterwards.
 */
export function withDebianPackage<T>(name: string, version: string, use: (root: string) => T): T {
  const folder = mkdtempSync(join(tmpdir(), `relais-${name}-`));
  try {
    chmodSync(folder, 0o777); // apt-get download drops privileges to _apt to write the file
    execFileSync('apt-get', ['download', `${name}=${version}`], { cwd: folder, stdio: ['ignore', 'ignore', 'inherit'] });
    const deb = readdirSync(folder).find((file) => file.endsWith('.deb'));
    if (deb === undefined) throw new Error(`apt-get download ${name}=${version} gave no .deb`);
    const root = join(folder, 'root');
    execFileSync('dpkg-deb', ['-x', join(folder, deb), root]);
    return use(root);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
