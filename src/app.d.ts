// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageState {
			/**
			 * The step a page of steps (/new) shows at this history entry, kept by shallow routing so
			 * that Back and Forward move between its steps: `entry` counts the entries of the page's
			 * visit from 0, `answer` is the server's answer the step shows (null for the first step).
			 */
			step?: { entry: number; answer: unknown };
		}
	}
}

export {};
