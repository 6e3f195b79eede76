import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// Every stylesheet of a page is small (the global one is 3.5 KB), and each one a <link>
		// would be a request that holds up the first paint on a slow phone (Lighthouse, README):
		// inline them into the page instead.
		inlineStyleThreshold: 5000
	}
};

export default config;
