/**
 * The one protocol between the page and its workers (search, import, compare): the page makes
 * calls, each with an id, and the worker answers each call once (or with an error), telling
 * events on the way (an import's progress). A call in a lane replaces the call still open in
 * that lane: the older is answered `null` at once and the worker is told to drop it. Arrays
 * named as a call's or an answer's transfers move instead of being copied.
 *
 * Each worker declares its calls as a `Calls` map (name: what it is asked, what it answers,
 * what it tells on the way); the page's `Caller` and the worker's `answerCalls` are typed by it.
 */

/** One call of a worker: what it is asked, what it answers, and the events it tells on the way. */
export interface CallSpec {
	ask: unknown;
	answer: unknown;
	event?: unknown;
}
export type Calls = Record<string, CallSpec>;

/** What the page posts to a worker. */
export type ToWorker<C extends Calls> =
	{ [M in keyof C & string]: { kind: 'call'; id: number; method: M; ask: C[M]['ask'] } }[keyof C & string] | { kind: 'cancel'; id: number };

/** What a worker posts to the page. */
export type FromWorker =
	| { kind: 'answer'; id: number; answer: unknown }
	| { kind: 'error'; id: number; message: string }
	| { kind: 'event'; id: number; event: unknown };

export interface CallOptions<S extends CallSpec> {
	/** A newer call in the same lane answers this one `null` and drops it in the worker. */
	lane?: string;
	/** Arrays of the ask that move to the worker (the caller must not use them again). */
	transfer?: Transferable[];
	/** Told of each event the worker sends on the way. */
	onevent?: (event: NonNullable<S['event']>) => void;
}

interface Open {
	lane?: string;
	settle: (answer: unknown) => void;
	fail: (err: Error) => void;
	onevent?: (event: never) => void;
}

/** The page's side: makes calls and routes the worker's answers and events. */
export class Caller<C extends Calls> {
	private nextId = 0;
	private open = new Map<number, Open>();

	constructor(private post: (message: ToWorker<C>, transfer: Transferable[]) => void) {}

	/** Asks the worker; resolves with its answer, or `null` when a newer call in the same lane replaced it. */
	call<M extends keyof C & string>(method: M, ask: C[M]['ask'], options: CallOptions<C[M]> = {}): Promise<C[M]['answer'] | null> {
		const id = ++this.nextId;
		if (options.lane !== undefined)
			for (const [old, open] of this.open) {
				if (open.lane !== options.lane) continue;
				this.open.delete(old);
				open.settle(null);
				this.post({ kind: 'cancel', id: old }, []);
			}
		return new Promise((settle, fail) => {
			this.open.set(id, {
				lane: options.lane,
				settle: settle as (answer: unknown) => void,
				fail,
				onevent: options.onevent as Open['onevent']
			});
			this.post({ kind: 'call', id, method, ask } as ToWorker<C>, options.transfer ?? []);
		});
	}

	/** Asks the worker what no one waits to hear the answer of (a piece handed over, a batch of files): its failure shows elsewhere. */
	tell<M extends keyof C & string>(method: M, ask: C[M]['ask'], options: CallOptions<C[M]> = {}): void {
		this.call(method, ask, options).catch(() => {});
	}

	/** Routes one message from the worker. */
	receive(message: FromWorker): void {
		const open = this.open.get(message.id);
		if (!open) return;
		if (message.kind === 'event') return open.onevent?.(message.event as never);
		this.open.delete(message.id);
		if (message.kind === 'answer') open.settle(message.answer);
		else open.fail(new Error(message.message));
	}

	/** Fails every open call: the worker is gone. */
	failAll(err: Error): void {
		const open = [...this.open.values()];
		this.open.clear();
		for (const o of open) o.fail(err);
	}
}

/** What a worker's handler is given beside the ask. */
export interface CallContext<S extends CallSpec> {
	/** The page dropped this call (a newer one in its lane): its answer would be thrown away. */
	readonly cancelled: boolean;
	/** Tells the page an event on the way. */
	tell(event: NonNullable<S['event']>): void;
}

/** A handler's answer with the arrays to move rather than copy. */
export class Moved<T> {
	constructor(
		readonly answer: T,
		readonly transfer: Transferable[]
	) {}
}

export type Handlers<C extends Calls> = {
	[M in keyof C]: (
		ask: C[M]['ask'],
		context: CallContext<C[M]>
	) => C[M]['answer'] | Moved<C[M]['answer']> | Promise<C[M]['answer'] | Moved<C[M]['answer']>>;
};

/**
 * The worker's side: answers each call with its handler (an error thrown becomes the call's
 * error), and returns what a worker's `onmessage` does with the page's messages. `post` is the
 * worker's `postMessage`.
 */
export function answerCalls<C extends Calls>(
	handlers: Handlers<C>,
	post: (message: FromWorker, transfer: Transferable[]) => void
): { receive: (message: ToWorker<C>) => void } {
	/** Calls being answered, and those of them the page dropped. */
	const active = new Set<number>();
	const cancelled = new Set<number>();
	const done = (id: number) => {
		active.delete(id);
		return cancelled.delete(id);
	};
	const receive = (message: ToWorker<C>) => {
		if (message.kind === 'cancel') {
			if (active.has(message.id)) cancelled.add(message.id);
			return;
		}
		const { id, method, ask } = message;
		active.add(id);
		const context: CallContext<CallSpec> = {
			get cancelled() {
				return cancelled.has(id);
			},
			tell: (event) => post({ kind: 'event', id, event }, [])
		};
		Promise.resolve()
			.then(() => handlers[method](ask, context as CallContext<C[typeof method]>))
			.then(
				(result) => {
					if (done(id)) return;
					if (result instanceof Moved) post({ kind: 'answer', id, answer: result.answer }, result.transfer);
					else post({ kind: 'answer', id, answer: result }, []);
				},
				(err: Error) => {
					if (!done(id)) post({ kind: 'error', id, message: err?.message ?? String(err) }, []);
				}
			);
	};
	return { receive };
}
