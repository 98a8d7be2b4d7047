/**
 * The background's one way in: every message and port of lib/protocol.ts is answered by one
 * handler, registered here and nowhere else, after the sender and the data are checked
 * (validate.ts): a handler only ever sees a message from the extension's own pages, with only
 * the fields it knows. entrypoints/background.ts passes all the handlers, once, synchronously
 * at start (so the listeners catch the message that woke the service worker).
 */
import {
  ASK_STREAM_PORT,
  DIGEST_STREAM_PORT,
  onMessage,
  serveStream,
  type AskEvent,
  type AskStart,
  type MessageData,
  type MessageResult,
  type MessageType,
  type StreamContext,
  type StreamRequest,
} from '../protocol';
import { validateAskStart, validateMessage, validateStreamStart, type ExtensionIdentity, type SenderInfo } from './validate';

/** One handler per message: a message added to ProtocolMap without one is a type error. */
export type MessageHandlers = { [K in MessageType]: (data: MessageData<K>) => Promise<MessageResult<K>> };

export interface StreamHandlers {
  /** A streamed digest of a tab (the OpenAI-compatible engine). */
  digest(request: Extract<StreamRequest, { type: 'start' }>, ctx: StreamContext): Promise<void>;
  /** A question to the OpenAI-compatible engine, answers as they come. */
  ask(request: AskStart, ctx: StreamContext<AskEvent>): Promise<void>;
}

export function serve(self: ExtensionIdentity, messages: MessageHandlers, streams: StreamHandlers): void {
  for (const type of Object.keys(messages) as MessageType[]) {
    const handle = messages[type] as (data: unknown) => Promise<unknown>;
    onMessage(type, (async ({ data, sender }: { data: unknown; sender: SenderInfo }) => {
      const valid = validateMessage(type, data, sender, self);
      if (!valid.ok) return valid;
      return handle(valid.value);
    }) as never);
  }
  serveStream(DIGEST_STREAM_PORT, (message, sender) => validateStreamStart(message, sender as SenderInfo, self), streams.digest);
  serveStream(ASK_STREAM_PORT, (message, sender) => validateAskStart(message, sender as SenderInfo, self), streams.ask);
}
