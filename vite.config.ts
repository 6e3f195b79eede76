import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		// The CI machine has 2 cores shared by every worker: allow for a loaded machine rather
		// than fail a correct test on time (speed is measured by `npm run bench`, not here). A
		// generator test took 36 s on a 2-core machine under a load of 20 and failed a correct run.
		testTimeout: 120_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/**/*.test.ts'],
					exclude: ['tests/e2e/**', 'tests/components/**']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'components',
					environment: 'jsdom',
					include: ['tests/components/**/*.test.ts']
				}
			}
		]
	}
});
