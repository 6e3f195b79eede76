import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { maskedHeadline } from '../../src/lib/quiz/masked-headline';
import type { Item, Quiz } from '../../src/lib/quiz/types';

/** The seed quiz bank, read from `questions/` as the server bundles it. */
export const seedQuiz: Quiz = JSON.parse(readFileSync('questions/belarus-lukashenko-putin-sochi.json', 'utf8'));

/** The path of the seed quiz's play page, optionally with a mode. */
export function seedPath(mode?: 'timed' | 'relaxed'): string {
	return `/play/${seedQuiz.id}${mode ? `?mode=${mode}` : ''}`;
}

/**
 * A quiz's headline with the keys it prints blanked, as a player reads it before finishing: in a
 * heading or link (`text`, the blank read out as "blank", as `Stem.svelte` draws it) and in the
 * tab's title (`tab`, the blank written "[blank]").
 */
export function maskedTitle(quiz: Quiz): { text: string; tab: string } {
	const masked = maskedHeadline(quiz);
	return { text: masked.replace(/_{3,}/g, 'blank'), tab: masked.replace(/_{3,}/g, '[blank]') };
}

/** The key of an item as the article writes it. */
export function keyText(item: Item): string {
	return item.options[item.key];
}

/**
 * Answers the item on screen by keyboard alone, rightly or wrongly: a number key (or T/F) for a
 * choice item, after finding the key's option among the options as shown; typed text or a
 * number then Enter for typed and estimate items, after the one Tab from the question's heading,
 * which has focus as the item opens, to the box.
 */
export async function answerByKeyboard(page: Page, item: Item, right: boolean): Promise<void> {
	const mode = item.answerMode ?? 'choice';
	if (mode === 'choice') {
		const shown = (await page.locator('.options button > span').allTextContents()).map((t) => t.trim());
		const keyIndex = shown.indexOf(keyText(item));
		if (keyIndex < 0) throw new Error(`the key ${keyText(item)} is not among the options ${shown.join(', ')}`);
		const index = right ? keyIndex : (keyIndex + 1) % shown.length;
		await page.keyboard.press(item.type === 'true-false' ? shown[index].charAt(0) : String(index + 1));
		return;
	}
	await page.keyboard.press('Tab');
	if (mode === 'typed') {
		await page.keyboard.type(right ? (item.accepted?.[0] ?? keyText(item)) : 'not the answer');
	} else {
		const numeric = item.numeric!;
		const scale = numeric.scale ?? 1;
		await page.keyboard.type(String(right ? numeric.value / scale : numeric.min / scale));
	}
	await page.keyboard.press('Enter');
}

/** The text of the verdict heading of the feedback on screen ("✓ Right +1,000 points", …). */
export async function verdict(page: Page): Promise<string> {
	return (await page.locator('#verdict').textContent())?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The whole seconds the countdown on screen shows. */
export async function secondsLeft(page: Page): Promise<number> {
	return Number(await page.getByRole('timer').getByTestId('seconds-left').textContent());
}
