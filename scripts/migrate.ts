/** Applies pending migrations to the configured database and loads the reference data. */
import { openDatabase } from '../server/db/client';
import { migrate } from '../server/db/migrate';
import { loadReferenceData } from '../server/db/seeds/reference';
import { readEnv } from '../server/env';

const env = readEnv();
const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.YUVA_DATA_DIR });
const { applied } = await migrate(db);
await loadReferenceData(db);
await db.close();
console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to apply.');
