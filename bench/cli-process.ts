/**
 * Runs `cardgenius` as a child process (the way operators run it), measuring wall time and the
 * child's peak resident memory (VmHWM from /proc, sampled until it exits).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CliRun {
  readonly code: number;
  readonly seconds: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak RSS in MB as last sampled (null where /proc is unavailable). */
  readonly peakRssMb: number | null;
}

function peakRssMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

export function runCardgenius(root: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(root, 'bin', 'cardgenius.js'), ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peak: number | null = null;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const sampler = setInterval(() => {
      if (child.pid !== undefined) peak = peakRssMb(child.pid) ?? peak;
    }, 100);
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ code: code ?? 70, seconds: (performance.now() - started) / 1000, stdout, stderr, peakRssMb: peak });
    });
  });
}

export async function runCardgeniusOrThrow(root: string, args: readonly string[]): Promise<CliRun> {
  const result = await runCardgenius(root, args);
  if (result.code !== 0) {
    throw new Error(`cardgenius ${args.filter((arg) => !arg.startsWith('mysql://')).join(' ')} exited ${result.code}:\n${result.stderr.slice(-2000)}${result.stdout.slice(-2000)}`);
  }
  return result;
}
