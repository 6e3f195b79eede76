import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { fixtureQuiz } from '../server/classroom/fixture';

/** Stores the classroom fixture quiz as a saved quiz in the server's database file, so `findQuiz` finds it. */
export function seedQuiz(databasePath: string, id = 'room-fixture'): string {
	const db = new Database(databasePath);
	db.pragma('busy_timeout = 5000');
	const quiz = fixtureQuiz(id);
	db.prepare(
		`INSERT OR IGNORE INTO quizzes (id, edit_token_hash, title, body, created_at, updated_at)
		 VALUES (?, 'test', ?, ?, datetime('now'), datetime('now'))`
	).run(quiz.id, quiz.title, JSON.stringify(quiz));
	db.close();
	return quiz.id;
}

/**
 * Opens a live room for a saved quiz as its host does: goes to /class/<id>, clicks "Open a room"
 * and waits for the host screen (/host/<code>). Resolves to the room's six-digit code.
 */
export async function openRoom(host: Page, baseURL: string, quizId: string): Promise<string> {
	await host.goto(`${baseURL}/class/${quizId}`);
	await host.getByRole('button', { name: 'Open a room' }).click();
	await host.waitForURL(/\/host\/\d{6}$/);
	return host.url().slice(-6);
}

/** A JSON POST to the classroom API with an optional bearer token; resolves to status and body. */
export async function post(
	baseURL: string,
	path: string,
	body: unknown,
	token?: string
): Promise<{ status: number; body: Record<string, unknown> }> {
	const response = await fetch(`${baseURL}${path}`, {
		method: 'POST',
		headers: {
			'content-type': 'application/json',
			origin: baseURL,
			...(token ? { authorization: `Bearer ${token}` } : {})
		},
		body: JSON.stringify(body)
	});
	return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** One Server-Sent Event as received. */
export interface ReceivedEvent {
	event: string;
	id?: string;
	data: Record<string, unknown>;
}

/**
 * A Server-Sent Events client for tests: collects events from `url` with a bearer token,
 * reconnecting after a dropped connection with the last event id, like EventSource.
 */
export class EventReader {
	readonly events: ReceivedEvent[] = [];
	lastEventId: string | undefined;
	private controller = new AbortController();
	private stopped = false;
	private waiters: (() => void)[] = [];

	constructor(
		private readonly url: string,
		private readonly token: string
	) {
		void this.loop();
	}

	private async loop(): Promise<void> {
		while (!this.stopped) {
			try {
				const response = await fetch(this.url, {
					headers: {
						authorization: `Bearer ${this.token}`,
						...(this.lastEventId ? { 'last-event-id': this.lastEventId } : {})
					},
					signal: this.controller.signal
				});
				if (!response.ok || !response.body) throw new Error(`status ${response.status}`);
				const decoder = new TextDecoder();
				let buffer = '';
				const reader = response.body.getReader();
				for (;;) {
					const { done, value } = await reader.read();
					if (done) break;
					buffer += decoder.decode(value, { stream: true });
					let end: number;
					while ((end = buffer.indexOf('\n\n')) !== -1) {
						this.parse(buffer.slice(0, end));
						buffer = buffer.slice(end + 2);
					}
				}
			} catch {
				// dropped or refused: retry below, as EventSource does
			}
			if (!this.stopped) await new Promise((r) => setTimeout(r, 200));
		}
	}

	private parse(block: string): void {
		let event = 'message';
		let data = '';
		let id: string | undefined;
		for (const line of block.split('\n')) {
			if (line.startsWith('event: ')) event = line.slice(7);
			else if (line.startsWith('data: ')) data += line.slice(6);
			else if (line.startsWith('id: ')) id = line.slice(4);
		}
		if (!data) return;
		if (id) this.lastEventId = id;
		this.events.push({ event, id, data: JSON.parse(data) });
		this.waiters.splice(0).forEach((w) => w());
	}

	/** The latest event of a kind, or undefined. */
	latest(event: string): Record<string, unknown> | undefined {
		for (let i = this.events.length - 1; i >= 0; i--) if (this.events[i].event === event) return this.events[i].data;
		return undefined;
	}

	/** Waits until `test` holds for some event, up to `ms`; rejects with what was seen otherwise. */
	async waitFor(test: (e: ReceivedEvent) => boolean, ms = 10_000): Promise<ReceivedEvent> {
		const deadline = Date.now() + ms;
		for (;;) {
			const found = this.events.find(test);
			if (found) return found;
			if (Date.now() > deadline) {
				throw new Error(`no matching event within ${ms} ms; saw ${JSON.stringify(this.events.slice(-3))}`);
			}
			await new Promise<void>((r) => {
				this.waiters.push(r);
				setTimeout(r, 100);
			});
		}
	}

	/** Stops reading and closes the connection. */
	close(): void {
		this.stopped = true;
		this.controller.abort();
	}
}

