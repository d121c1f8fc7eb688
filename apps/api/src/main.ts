import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { prepareDatabase } from './bootstrap';
import { ConfigError, loadConfig } from './config';

async function main(): Promise<void> {
  const logger = new Logger('Main');
  const started = Date.now();
  const config = loadConfig();
  const database = await prepareDatabase(config);
  const app = await createApp(config, database.url);
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  logger.log(`Panel Scrutiny Portal on http://localhost:${config.port} (ready in ${Date.now() - started} ms)`);
  const stop = async () => {
    await app.close();
    await database.embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  // Fail fast with a clear message; no stack for a configuration mistake.
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
