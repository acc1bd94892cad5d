// The few platform APIs the pipeline may use beyond ECMAScript: those that Node and every Web
// Worker both provide, declared by hand so the pipeline compiles without DOM or Node types
// (tsconfig.pipeline.json). Add one here only if both platforms have it.

/** WHATWG Encoding: UTF-8 only, as both platforms provide it. */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
