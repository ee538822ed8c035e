// The logging the engine needs, shaped like pino's (object first, message second), so a pino
// logger can be passed as it is; the default writes one line per event to stderr, never to stdout
// (stdout carries answers in `ask --json`).
import { randomUUID } from 'node:crypto';

export interface Logger {
  debug(details: object, message?: string): void;
  info(details: object, message?: string): void;
  warn(details: object, message?: string): void;
  error(details: object, message?: string): void;
}

const LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LEVELS)[number];

export function stderrLogger(level: LogLevel = 'info'): Logger {
  const threshold = LEVELS.indexOf(level);
  const write = (at: LogLevel) => (details: object, message?: string) => {
    if (LEVELS.indexOf(at) < threshold) return;
    const extra = Object.keys(details).length > 0 ? ` ${JSON.stringify(details)}` : '';
    process.stderr.write(`[relais] ${at}: ${message ?? ''}${extra}\n`);
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/** A short id tying what a person is told ("ref. 1a2b3c4d") to the log line of the failure. */
export function newErrorRef(): string {
  return randomUUID().slice(0, 8);
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
