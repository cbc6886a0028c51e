import { configDefaults, defineConfig } from 'vitest/config';
import scope from './tests/platform-scope.json' with { type: 'json' };

// Files this system cannot run (tests/platform-scope.ts has the policy and prints them).
const notHere: Record<string, string> = (scope.notRunOn as Record<string, Record<string, string>>)[process.platform] ?? {};

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...Object.keys(notHere).filter((file) => file.startsWith('tests/unit/'))],
    globalSetup: ['tests/unit/global-setup.ts'],
    environment: 'node',
    pool: 'forks',
  },
});
