import { describe, expect, it } from 'vitest';
import { downloadFraction } from './ExportMenu';

describe('the export progress bar', () => {
  it('shows no bar before the size is known, so it never starts full and shrinks', () => {
    expect(downloadFraction({ received: 0, estimated: null })).toBeNull();
    expect(downloadFraction({ received: 5_000, estimated: null })).toBeNull();
  });

  it('grows with the bytes received and stops short of full until the file is saved', () => {
    const steps = [0, 1_000, 50_000, 99_000, 120_000].map((received) =>
      downloadFraction({ received, estimated: 100_000 }),
    );
    expect(steps).toEqual([0, 0.01, 0.5, 0.99, 0.99]);
  });
});
