import type { Component, ComponentProps } from 'svelte';
import type { Game } from '$lib/game/game.svelte';
import type FeedbackScreenComponent from './FeedbackScreen.svelte';
import type ItemScreenComponent from './ItemScreen.svelte';

/** What a solo game needs once it starts: the `Game` class and the two screens of play. */
export interface SoloGame {
	Game: typeof Game;
	ItemScreen: Component<ComponentProps<typeof ItemScreenComponent>>;
	FeedbackScreen: Component<ComponentProps<typeof FeedbackScreenComponent>>;
}

/**
 * Loads the game machine (XState) and the screens of play. The play and homework pages call it
 * when a game starts or continues rather than import it, so a player on the intro, the join form
 * or the screen that offers a saved game loads none of it: the player pages' 60 KB JavaScript
 * budget (README, `npm run bench`).
 * Rejects when a file cannot be fetched (the page says so and lets the player try again).
 */
export async function loadSoloGame(): Promise<SoloGame> {
	const [game, itemScreen, feedback] = await Promise.all([
		import('$lib/game/game.svelte'),
		import('./ItemScreen.svelte'),
		import('./FeedbackScreen.svelte')
	]);
	return { Game: game.Game, ItemScreen: itemScreen.default, FeedbackScreen: feedback.default };
}
