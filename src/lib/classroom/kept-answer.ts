import type { Response } from '$lib/quiz/types';

/** An answer a lost connection refused, kept to be handed in when the connection is back. */
export interface KeptAnswer {
	itemIndex: number;
	response: Response;
	/** When the player gave it, epoch ms in server time (the device's clock plus the stream's offset). */
	givenAt: number;
}

const PREFIX = 'newsquiz:kept-answer:';

function keyOf(code: string, itemIndex: number): string {
	return `${PREFIX}${code}:${itemIndex}`;
}

/**
 * Keeps `answer` in this tab's sessionStorage under room `code` and its item, so a reload while
 * the connection is lost still hands it in. Storage refused (private mode, full) keeps nothing:
 * the page still holds the answer in memory.
 */
export function keepAnswer(code: string, answer: KeptAnswer): void {
	try {
		sessionStorage.setItem(keyOf(code, answer.itemIndex), JSON.stringify(answer));
	} catch {
		// the answer stays in the page's memory, as it did before storage was used
	}
}

/**
 * The answer kept for room `code` in this tab, if any: of several (items that closed while the
 * connection was lost), the latest item's, since only it can still be open. Returns null when
 * none is kept or storage is unreadable.
 */
export function keptAnswer(code: string): KeptAnswer | null {
	try {
		let latest: KeptAnswer | null = null;
		for (let i = 0; i < sessionStorage.length; i++) {
			const key = sessionStorage.key(i);
			if (!key?.startsWith(`${PREFIX}${code}:`)) continue;
			const answer = JSON.parse(sessionStorage.getItem(key) ?? 'null') as KeptAnswer | null;
			if (answer && (!latest || answer.itemIndex > latest.itemIndex)) latest = answer;
		}
		return latest;
	} catch {
		return null;
	}
}

/** Forgets every answer kept for room `code` up to item `itemIndex`, once the server has said what became of it. */
export function dropKeptAnswers(code: string, itemIndex: number): void {
	try {
		for (let i = sessionStorage.length - 1; i >= 0; i--) {
			const key = sessionStorage.key(i);
			if (key?.startsWith(`${PREFIX}${code}:`) && Number(key.slice(key.lastIndexOf(':') + 1)) <= itemIndex) sessionStorage.removeItem(key);
		}
	} catch {
		// nothing was kept
	}
}
