// Start-up failures written for the person starting Relais: one line that names the setting at fault
// and says what to do, never a stack trace and never a secret. The entry points (npm start, ask,
// eval, bench, a Discord shard) print the message and exit non-zero; anything else is a bug and keeps
// its stack. The helpers below turn the usual low-level errors into those lines.

export class StartupError extends Error {
  override readonly name: string = 'StartupError';
  /** The process exit code: 1 for the environment, 2 for a command-line mistake. */
  readonly exitCode: number = 1;
}

/** A command-line mistake (unknown option, missing value): exit code 2, as Unix tools do. */
export class UsageError extends StartupError {
  override readonly name: string = 'UsageError';
  override readonly exitCode: number = 2;
}

/** Network error codes meaning "could not be reached", as opposed to "reached, and refused". */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'ECONNABORTED',
  'EPIPE',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_HEADERS_TIMEOUT',
  'CERT_HAS_EXPIRED',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** The first error code (ECONNREFUSED, EADDRINUSE…) found on an error or the errors that caused it. */
export function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e !== null && typeof e === 'object' && depth < 5; depth++) {
    type Caused = { code?: unknown; errno?: unknown; cause?: unknown; original?: unknown; errors?: unknown };
    const { code, errno, cause, original, errors } = e as Caused;
    if (typeof code === 'string' && /^[A-Z_0-9]+$/.test(code) && code.length > 2) return code;
    if (typeof errno === 'string') return errno;
    // AggregateError (several addresses tried), undici's cause, the Slack WebClient's original.
    e = cause ?? original ?? (Array.isArray(errors) ? errors[0] : undefined);
  }
  return undefined;
}

/** Whether the error means the other side could not be reached (network, DNS, TLS, timeout). */
export function isUnreachable(error: unknown): boolean {
  const code = errorCode(error);
  if (code !== undefined && UNREACHABLE.has(code)) return true;
  return error instanceof Error && /fetch failed|timed? ?out|socket hang up|network/i.test(error.message);
}

/** What went wrong when a server could not listen, and what to do, naming the settings. */
export function listenFailure(
  error: unknown,
  settings: { port: string; host?: string },
  where: { port: number; host: string },
): StartupError {
  const code = errorCode(error);
  const address = `${where.host}:${where.port}`;
  const hostSetting = settings.host ?? 'the host';
  switch (code) {
    case 'EADDRINUSE':
      return new StartupError(
        `${settings.port}=${where.port} is already in use on ${where.host} (another Relais, or another server): stop it or set ${settings.port} to a free port.`,
      );
    case 'EACCES':
    case 'EPERM':
      return new StartupError(
        `${settings.port}=${where.port} may not be opened by this user (ports below 1024 need privileges): set ${settings.port} to 1024 or above.`,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
    case 'EAI_NONAME':
      return new StartupError(
        `${hostSetting}=${where.host} could not be resolved to an address: set ${hostSetting} to an IP address such as 127.0.0.1 (this machine only) or 0.0.0.0 (every interface).`,
      );
    case 'EADDRNOTAVAIL':
      return new StartupError(
        `${hostSetting}=${where.host} is not an address of this machine: set ${hostSetting} to 127.0.0.1, 0.0.0.0 or one of this machine's addresses.`,
      );
    default:
      return new StartupError(
        `could not listen on ${address} (${code ?? (error instanceof Error ? error.message : String(error))}): check ${settings.port}${settings.host ? ` and ${settings.host}` : ''}.`,
      );
  }
}

/** The line main() prints for an error, and the exit code; undefined for a bug (printed with its stack). */
export function startupFailureLine(error: unknown): { line: string; exitCode: number } | undefined {
  if (error instanceof StartupError) return { line: `relais: ${error.message}`, exitCode: error.exitCode };
  return undefined;
}
