import type { HostPlayer, HostState, PlayerSelf, RoomState } from './types';

/**
 * A room's live event stream in the browser: an EventSource on `/api/rooms/<code>/events`
 * (`?as=host` for the host), whose latest shared state, own view and host view are reactive.
 * EventSource reconnects by itself after a reload, a dropped network or a server restart, and
 * sends Last-Event-ID; `connected` tells the page whether it is live; `removed` and `gone` say
 * the host removed this player or the teacher deleted the room, after which it stays closed. Call `open()` in the
 * browser (on mount) and `close()` on destroy.
 */
export class RoomStream {
	state = $state<RoomState | null>(null);
	self = $state<PlayerSelf | null>(null);
	host = $state<Omit<HostState, 'players'> | null>(null);
	players = $state<HostPlayer[]>([]);
	connected = $state(false);
	/** How many times the stream has connected: a message about one connection ends with it. */
	link = $state(0);
	/** The message shown when the host removed this player; the stream is then closed for good. */
	removed = $state<string | null>(null);
	/** The message shown when the teacher deleted the room; the stream is then closed for good. */
	gone = $state<string | null>(null);
	/** Server clock minus this device's clock, in ms, from the latest state: deadlines are in server time. */
	offset = $state(0);
	#source: EventSource | null = null;
	#fresh = false;
	readonly #url: string;

	constructor(code: string, as: 'host' | 'player') {
		this.#url = `/api/rooms/${code}/events${as === 'host' ? '?as=host' : ''}`;
	}

	/**
	 * Opens the stream (browser only). `onlive` runs on each (re)connection once the server has
	 * sent where the room stands (the player's own view comes last), so the page can hand in again
	 * what the lost connection refused.
	 */
	open({ onlive }: { onlive?: () => void } = {}): void {
		this.#source = new EventSource(this.#url);
		this.#source.onopen = () => {
			this.connected = true;
			this.link += 1;
			this.#fresh = true;
		};
		this.#source.onerror = () => (this.connected = false);
		this.#source.addEventListener('state', (e) => this.#take(JSON.parse(e.data) as RoomState));
		this.#source.addEventListener('self', (e) => {
			this.self = JSON.parse(e.data) as PlayerSelf;
			if (!this.#fresh) return;
			this.#fresh = false;
			onlive?.();
		});
		this.#source.addEventListener('host', (e) => {
			const view = JSON.parse(e.data) as Omit<HostState, 'players'> & { players: HostPlayer[] | null };
			if (view.players) this.players = view.players;
			this.host = view;
			this.#take(view.room);
		});
		this.#source.addEventListener('deleted', (e) => {
			this.gone = (JSON.parse(e.data) as { message: string }).message;
			this.close();
		});
		this.#source.addEventListener('removed', (e) => {
			this.removed = (JSON.parse(e.data) as { message: string }).message;
			this.close();
		});
	}

	#take(state: RoomState): void {
		this.offset = state.serverNow - Date.now();
		this.state = state;
	}

	/** Closes the stream. */
	close(): void {
		this.#source?.close();
		this.connected = false;
	}
}
