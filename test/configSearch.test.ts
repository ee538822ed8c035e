// SEARCH_BACKEND, DATABASE_URL, DATABASE_READ_URL and DATABASE_SCHEMA: validated like every other setting, and turned into
// the engine's backend options.
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, searchEngineOptions, secretsOf } from '../src/config.ts';

describe('search settings', () => {
  it('default to the compact index in the process', () => {
    const config = parseConfig({});
    expect(config.search).toEqual({ backend: 'compact', databaseSchema: 'relais' });
    expect(searchEngineOptions(config)).toEqual({ backend: 'compact' });
  });

  it('pass the database to the engine with SEARCH_BACKEND=postgres', () => {
    const config = parseConfig({
      SEARCH_BACKEND: 'postgres',
      DATABASE_URL: 'postgres://relais:s3cret@db:5432/relais',
      DATABASE_SCHEMA: 'corpus_a',
    });
    expect(searchEngineOptions(config)).toEqual({
      backend: 'postgres',
      postgres: { connectionString: 'postgres://relais:s3cret@db:5432/relais', schema: 'corpus_a' },
    });
    expect(secretsOf(config)).toContain('s3cret');
  });

  it('pass a read replica along, its password a secret too', () => {
    const config = parseConfig({
      SEARCH_BACKEND: 'postgres',
      DATABASE_URL: 'postgres://relais:s3cret@primary:5432/relais',
      DATABASE_READ_URL: 'postgres://reader:r3plica@replica:5432/relais',
    });
    expect(searchEngineOptions(config)).toEqual({
      backend: 'postgres',
      postgres: {
        connectionString: 'postgres://relais:s3cret@primary:5432/relais',
        readConnectionString: 'postgres://reader:r3plica@replica:5432/relais',
        schema: 'relais',
      },
    });
    expect(secretsOf(config)).toEqual(expect.arrayContaining(['s3cret', 'r3plica']));
    expect(() => parseConfig({ SEARCH_BACKEND: 'postgres', DATABASE_READ_URL: 'postgres://x@replica/z' })).toThrow(
      /DATABASE_URL is required with DATABASE_READ_URL/,
    );
    expect(() => parseConfig({ DATABASE_URL: 'postgres://x@y/z', DATABASE_READ_URL: 'http://replica' })).toThrow(
      /DATABASE_READ_URL must be a postgres:\/\//,
    );
  });

  it('keep the embedded backends without a database', () => {
    expect(searchEngineOptions(parseConfig({ SEARCH_BACKEND: 'minisearch', DATABASE_URL: 'postgres://x@y/z' }))).toEqual({
      backend: 'minisearch',
    });
  });

  it('refuse postgres without DATABASE_URL, and wrong values, naming the variable', () => {
    expect(() => parseConfig({ SEARCH_BACKEND: 'postgres' })).toThrow(/DATABASE_URL is required with SEARCH_BACKEND=postgres/);
    expect(() => parseConfig({ SEARCH_BACKEND: 'elastic' })).toThrow(ConfigError);
    expect(() => parseConfig({ SEARCH_BACKEND: 'elastic' })).toThrow(/SEARCH_BACKEND/);
    expect(() => parseConfig({ SEARCH_BACKEND: 'postgres', DATABASE_URL: 'mysql://x@y/z' })).toThrow(
      /DATABASE_URL must be a postgres:\/\//,
    );
    expect(() => parseConfig({ DATABASE_SCHEMA: 'Relais; DROP' })).toThrow(/DATABASE_SCHEMA/);
  });
});
