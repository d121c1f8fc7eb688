// Configuration is read once, validated, and fails fast: a production server with a missing
// secret or database refuses to start rather than run insecurely.
import { z } from 'zod';

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  /**
   * The primary itself, when DATABASE_URL goes through a connection pooler (PgBouncer in
   * transaction mode): migrations hold a session-level advisory lock, so they and the demo seed
   * connect here directly.
   */
  DATABASE_DIRECT_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DEMO_USERS: flag.optional(),
  MIGRATE_ON_START: flag.optional(),
  /** Key for HMAC-ing session tokens before they are stored: a stolen table holds no usable token. */
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 7)
    .default(12),
  COOKIE_SECURE: flag.optional(),
  TRUST_PROXY: flag.optional(),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  LOGIN_WINDOW_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  WEB_DIST_DIR: z.string().optional(),
  /** Streaming standbys of DATABASE_URL (comma-separated) for anonymous reads of published material. */
  DATABASE_READ_URLS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().url('each of DATABASE_READ_URLS must be a postgresql:// URL'))),
  READ_REPLICA_MAX_LAG_MS: z.coerce.number().int().min(0).max(600_000).default(2_000),
  /** The mail server alerts go through (smtp:// or smtps://, credentials in the URL). Without it alerts wait in the outbox. */
  SMTP_URL: z.string().url().optional(),
  ALERTS_FROM: z.string().min(3).default('Panel Scrutiny Portal <alerts@panel-scrutiny.invalid>'),
  /** The portal's address as readers reach it, for the links in emails (default: http://localhost:PORT). */
  PUBLIC_URL: z.string().url().optional(),
  /** How often the alert worker runs; 0 stops its timer (tests run it by hand). */
  ALERTS_INTERVAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
});

export interface AppConfig {
  production: boolean;
  port: number;
  host: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  databaseDirectUrl: string | undefined;
  demoUsers: boolean;
  migrateOnStart: boolean;
  sessionSecret: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  loginMaxFailures: number;
  loginWindowMinutes: number;
  webDistDir: string | undefined;
  databaseReadUrls: string[];
  readReplicaMaxLagMs: number;
  smtpUrl: string | undefined;
  alertsFrom: string;
  publicUrl: string;
  alertsIntervalMs: number;
}

export class ConfigError extends Error {}

// Used only outside production, where sessions protect demo data on a developer's machine.
const DEVELOPMENT_SESSION_SECRET = 'development-only-session-secret-not-for-production';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production) {
    const missing = [!e.DATABASE_URL && 'DATABASE_URL', !e.SESSION_SECRET && 'SESSION_SECRET'].filter(Boolean);
    if (missing.length) throw new ConfigError(`Missing required configuration in production: ${missing.join(', ')}`);
  }
  const embedded = !e.DATABASE_URL;
  return {
    production,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    databaseDirectUrl: e.DATABASE_DIRECT_URL,
    // The embedded default is a demo on a developer's machine; elsewhere demo accounts are opt-in.
    demoUsers: e.DEMO_USERS ?? embedded,
    migrateOnStart: e.MIGRATE_ON_START ?? true,
    sessionSecret: e.SESSION_SECRET ?? DEVELOPMENT_SESSION_SECRET,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    cookieSecure: e.COOKIE_SECURE ?? production,
    trustProxy: e.TRUST_PROXY ?? false,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginWindowMinutes: e.LOGIN_WINDOW_MINUTES,
    webDistDir: e.WEB_DIST_DIR,
    databaseReadUrls: e.DATABASE_READ_URLS,
    readReplicaMaxLagMs: e.READ_REPLICA_MAX_LAG_MS,
    smtpUrl: e.SMTP_URL,
    alertsFrom: e.ALERTS_FROM,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    alertsIntervalMs: e.ALERTS_INTERVAL_MS,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
