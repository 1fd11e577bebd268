import fs from 'node:fs';
import path from 'node:path';

// Reads a V8 .cpuprofile (node --cpu-prof) and ranks where the time went: by function (self time)
// and by package, so a missed target comes with what holds it back.
type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

export type ProfileRow = { name: string; ms: number; share: number; busyShare: number };
export type ProfileSummary = { file: string; totalMs: number; busyMs: number; functions: ProfileRow[]; packages: ProfileRow[] };

function packageOf(url: string): string {
  if (!url) return '(native / V8)';
  if (url.startsWith('node:')) return 'node core';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    // Next bundles React and friends into its compiled folder: name them apart.
    const compiled = /next\/dist\/compiled\/([^/]+(?:\/[^/]+)?)/.exec(url.slice(modules));
    if (compiled) return `next (compiled ${compiled[1].replace(/\/(cjs|dist).*$/, '')})`;
    return name;
  }
  if (url.includes('/.next')) return url.includes('qamshy-server') ? 'front server (server/)' : 'app bundle (.next/server)';
  return path.basename(url);
}

export function summarizeProfile(file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totalUs = [...self.values()].reduce((a, b) => a + b, 0);
  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = url ? `${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(\.next[^/]*)\//, '$1/')}:${lineNumber + 1}` : '';
    const name = `${functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + us);
    const pkg = functionName.startsWith('(') && !url ? functionName : packageOf(url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
  }
  // Shares of the time the process was doing anything: the run includes idle stretches (the ceiling's turns).
  const busyUs = totalUs - (functions.get('(idle)') ?? 0);
  const rank = (map: Map<string, number>): ProfileRow[] =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({
        name,
        ms: Math.round(us / 1000),
        share: Math.round((us / totalUs) * 1000) / 10,
        busyShare: name === '(idle)' ? 0 : Math.round((us / busyUs) * 1000) / 10,
      }));
  return { file, totalMs: Math.round(totalUs / 1000), busyMs: Math.round(busyUs / 1000), functions: rank(functions), packages: rank(packages) };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1])) && process.argv[2]) {
  const summary = summarizeProfile(process.argv[2], Number(process.argv[3] ?? 20));
  console.log(`${summary.file}: ${summary.totalMs} ms sampled, ${summary.busyMs} ms busy (shares below: of busy time)`);
  console.log('\nBy package (self time):');
  for (const row of summary.packages) console.log(`${String(row.busyShare).padStart(5)} %  ${row.ms} ms  ${row.name}`);
  console.log('\nBy function (self time):');
  for (const row of summary.functions) console.log(`${String(row.busyShare).padStart(5)} %  ${row.ms} ms  ${row.name}`);
}
