import { configDefaults, defineConfig } from 'vitest/config';
import { announceNotRun, notRunOn } from './tests/platform-scope';

announceNotRun('unit');

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...notRunOn(process.platform, 'unit').map((n) => n.file)],
    environment: 'node',
    pool: 'forks',
  },
});
