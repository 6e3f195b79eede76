import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: real Chromium (Debian's, through playwright-core) against the built server
 * (`node build`), started once by `tests/e2e/global-setup.ts` with its own database file.
 */
export default defineConfig({
	test: {
		name: 'e2e',
		include: ['tests/e2e/**/*.e2e.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 60_000,
		fileParallelism: false
	}
});
