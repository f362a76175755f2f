import type { $ZodType, output } from '../validation/zod-mini';
import { parse } from '../validation/zod-mini';

export interface MessageDefinition<Request extends $ZodType, Response extends $ZodType> {
  request: Request;
  response: Response;
}

export type Protocol = Record<string, MessageDefinition<$ZodType, $ZodType>>;

export type RequestOf<P extends Protocol, T extends keyof P> = output<P[T]['request']>;
export type ResponseOf<P extends Protocol, T extends keyof P> = output<P[T]['response']>;

export interface Envelope {
  channel: string;
  type: string;
  payload: unknown;
}

/** Carries an envelope to the other context and resolves with its raw answer. */
export type Transport = (envelope: Envelope) => Promise<unknown>;

/** Sends one typed request and resolves with the validated answer. */
export type Sender<P extends Protocol> = <T extends keyof P & string>(
  type: T,
  payload: RequestOf<P, T>,
) => Promise<ResponseOf<P, T>>;

export type Handlers<P extends Protocol, Sender> = {
  [T in keyof P]: (payload: RequestOf<P, T>, sender: Sender) => Promise<ResponseOf<P, T>>;
};

/**
 * One typed protocol between two contexts. Requests and responses are validated with zod on
 * arrival at both ends: whatever crosses a context boundary is untrusted until parsed.
 */
export function defineChannel<P extends Protocol>(channel: string, protocol: P) {
  const envelope = <T extends keyof P & string>(type: T, payload: RequestOf<P, T>): Envelope => ({
    channel,
    type,
    payload: parse(protocol[type]!.request, payload),
  });
  const parseResponse = <T extends keyof P & string>(type: T, response: unknown) =>
    parse(protocol[type]!.response, response) as ResponseOf<P, T>;
  return {
    channel,
    protocol,
    envelope,
    parseResponse,
    /** The one way to send on this channel: the request is checked on the way out, the answer on arrival. */
    sender(transport: Transport): Sender<P> {
      return async (type, payload) => parseResponse(type, await transport(envelope(type, payload)));
    },
    /**
     * Returns the listener's answer for a message of this channel, or undefined for a message
     * that is not ours, so that other listeners may answer it.
     */
    dispatch<Sender>(
      message: unknown,
      sender: Sender,
      handlers: Handlers<P, Sender>,
    ): Promise<unknown> | undefined {
      if (!isEnvelope(message) || message.channel !== channel) return undefined;
      const { type, payload } = message;
      // Invalid input becomes a rejected answer for the sender, never a throw in the listener.
      return (async () => {
        const definition = protocol[type];
        if (!definition) throw new Error(`Unknown message ${type}`);
        const request = parse(definition.request, payload) as RequestOf<P, keyof P>;
        const answer = await handlers[type as keyof P]!(request, sender);
        return parse(definition.response, answer);
      })();
    },
  };
}

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as Envelope).channel === 'string' &&
    typeof (message as Envelope).type === 'string'
  );
}
