// Architect value objects `{config, text, type, uiMetaData, metaData, version}`, shaped like the real samples.

export type Value = Record<string, unknown>

/** A literal: `type` is the Architect code (`str`, `bln`, `int`, `dur`, `que`, ...). */
export function literal(text: string, type: string): Value {
  return { config: { lit: { pos: 1, text, type } }, text, type, uiMetaData: { mode: 1 }, metaData: {}, version: 2 }
}

export function empty(type: string): Value {
  return { config: { emp: { pos: 1, text: '', type } }, text: '', type, uiMetaData: { mode: 3 }, metaData: {}, version: 2 }
}

/** A reference to a variable by id, as `Flow.x` / `Task.x` values carry it. */
export function variableRef(name: string, type: string, variableId: string): Value {
  return {
    config: { ref: { pos: 1, text: name, type, val: variableId } },
    text: name,
    type,
    uiMetaData: { mode: 2 },
    metaData: { references: [{ id: variableId, type, isSysRef: false, name }] },
    version: 2,
  }
}

/** An expression the UI shows as text; the parsed tree is kept shallow (an operator over its text). */
export function expression(text: string, type: string): Value {
  return { config: { exp: { pos: 1, text, type } }, text, type, uiMetaData: { mode: 0 }, metaData: {}, version: 2 }
}

export function tts(sentence: string): Value {
  const quoted = JSON.stringify(sentence)
  const text = `AudioPlaybackOptions(ToAudioTTS(${quoted}), true)`
  return {
    config: {
      AudioPlaybackOptions: {
        pos: 1,
        text,
        operands: [
          { ToAudioTTS: { pos: 22, operands: [{ lit: { pos: 33, text: sentence, type: 'str' } }], type: 'aud' } },
          { lit: { pos: 35 + quoted.length, text: 'true', type: 'bln' } },
        ],
        type: 'aud',
      },
    },
    text,
    type: 'aud',
    uiMetaData: { sequenceItems: [{ type: 0, parameter: sentence, error: '' }], customExpressionMode: false },
    metaData: {},
  }
}

/** The `prompts` block of PlayAudio, CollectInput, menus and error handling. */
export function prompts(sentence: string): Value {
  return {
    bargeInExpression: literal('true', 'bln'),
    flushExpression: { ...literal('false', 'bln'), outOfService: true },
    defaultAudio: tts(sentence),
    cases: [],
  }
}

export function queueValue(name: string, queueId: string): Value {
  return { config: { lit: { pos: 1, text: name, type: 'que', val: queueId } }, text: name, type: 'que', uiMetaData: { mode: 1 }, metaData: {}, version: 2 }
}

export function errorBindings(): Value[] {
  return ['errorType', 'errorMessage'].map((name) => ({ name, value: empty('str') }))
}

export interface VariableSpec {
  id: string
  name: string
  type: 'StringVariable' | 'BoolVariable' | 'IntegerVariable'
  isInput?: boolean
  isOutput?: boolean
}

export function variable(spec: VariableSpec): Value {
  const code = spec.type === 'BoolVariable' ? 'bln' : spec.type === 'IntegerVariable' ? 'int' : 'str'
  return {
    id: spec.id,
    isCollection: false,
    isInternal: false,
    isOutput: spec.isOutput ?? false,
    isInput: spec.isInput ?? false,
    isSecure: false,
    version: '1.0',
    __type: spec.type,
    name: spec.name,
    initialValue: empty(code),
  }
}
